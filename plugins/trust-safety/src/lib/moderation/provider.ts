import { checkText, worstVerdict, type TextCheck, type TextReason, type TextRuleOptions, type Verdict } from "../text-rules"
import { classifyImage, type NsfwScores } from "./nsfw"

export type ImageReason = { rule: "nsfw_image" | "image_unchecked"; verdict: Exclude<Verdict, "approve">; match: string }
export type ImageCheck = { verdict: Verdict; scores: Record<string, number>; reasons: ImageReason[] }

/**
 * What checks a listing: text (title, subtitle, description) and images. The default combines
 * the text rules with the nsfwjs classifier; a hosted service can implement the same interface and
 * be configured with the plugin option `moderation_provider` (a module path).
 */
export interface ModerationProvider {
  readonly name: string
  checkText(fields: (string | null | undefined)[]): Promise<TextCheck>
  /** Optional: a provider without image support leaves images unchecked. */
  checkImage?(image: { content: Buffer; mime: "image/jpeg" | "image/png" }): Promise<ImageCheck>
}

export type ImageThresholds = { review: number; reject: number }
export const DEFAULT_IMAGE_THRESHOLDS: ImageThresholds = { review: 0.6, reject: 0.9 }

/**
 * nsfwjs scores to a verdict: Porn or Hentai at or above `reject` rejects; Porn, Hentai or Sexy at
 * or above `review` sends to the manual queue; anything else is approved.
 */
export function imageVerdict(scores: NsfwScores, thresholds: ImageThresholds = DEFAULT_IMAGE_THRESHOLDS): ImageCheck {
  const explicit = Math.max(scores.Porn, scores.Hentai)
  const suggestive = Math.max(explicit, scores.Sexy)
  const top = (["Porn", "Hentai", "Sexy"] as const).reduce((a, b) => (scores[b] > scores[a] ? b : a))
  const match = `${top} ${(scores[top] * 100).toFixed(1)}%`
  if (explicit >= thresholds.reject) return { verdict: "reject", scores, reasons: [{ rule: "nsfw_image", verdict: "reject", match }] }
  if (suggestive >= thresholds.review) return { verdict: "review", scores, reasons: [{ rule: "nsfw_image", verdict: "review", match }] }
  return { verdict: "approve", scores, reasons: [] }
}

/** The default provider: the plugin's text rules and the local nsfwjs classifier. */
export class RulesAndNsfwProvider implements ModerationProvider {
  readonly name = "rules+nsfwjs"
  constructor(
    private readonly options: { text_rules?: TextRuleOptions; image_thresholds?: Partial<ImageThresholds>; images?: boolean } = {}
  ) {}
  async checkText(fields: (string | null | undefined)[]) {
    return checkText(fields, this.options.text_rules)
  }
  get checkImage() {
    if (this.options.images === false) return undefined
    return async (image: { content: Buffer; mime: "image/jpeg" | "image/png" }) =>
      imageVerdict(await classifyImage(image.content, image.mime), { ...DEFAULT_IMAGE_THRESHOLDS, ...this.options.image_thresholds })
  }
}

export { worstVerdict, type TextReason, type Verdict }
