import type { MedusaContainer } from "@medusajs/framework/types"
import { trustSafetyOptions } from "../options"
import { RulesAndNsfwProvider, type ModerationProvider } from "./provider"

export * from "./provider"

let custom: { path: string; provider: ModerationProvider } | null = null

/**
 * The configured provider: the module named by the plugin option `moderation_provider` (its default
 * export: a class taking the plugin options, or an instance), else the rules + nsfwjs default.
 */
export function moderationProvider(container: MedusaContainer): ModerationProvider {
  const options = trustSafetyOptions(container)
  if (options.moderation_provider) {
    if (custom?.path !== options.moderation_provider) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(options.moderation_provider)
      const exported = mod.default ?? mod
      custom = { path: options.moderation_provider, provider: typeof exported === "function" ? new exported(options) : exported }
    }
    return custom!.provider
  }
  const images = (options.image_classifier ?? process.env.MODERATION_IMAGE_CLASSIFIER ?? "nsfwjs") !== "off"
  const review = Number(process.env.MODERATION_IMAGE_REVIEW_THRESHOLD)
  return new RulesAndNsfwProvider({
    text_rules: options.text_rules,
    images,
    image_thresholds: { ...(Number.isFinite(review) && review > 0 ? { review } : {}), ...options.image_thresholds },
  })
}
