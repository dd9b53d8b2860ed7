import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TextRuleOptions } from "./text-rules"

export const PLUGIN_NAME = "@vitrina/trust-safety"

export type TrustSafetyOptions = {
  /** Largest verification document in bytes (default 10 MB). */
  max_document_bytes?: number
  /** Private folder for documents when S3 is not configured (default `private/verification` under the backend). */
  documents_dir?: string
  /** HMAC key of the operator's document URLs (default TRUST_SAFETY_SECRET, else the JWT secret). */
  document_secret?: string
  /** Lifetime of a document URL in seconds (default 300). */
  document_url_ttl_seconds?: number
  /** Text rules (prohibited items, verdicts, allowed link hosts). */
  text_rules?: TextRuleOptions
  /** Image classifier scores: a class at or above `review` sends to manual review, at or above `reject` rejects. */
  image_thresholds?: { review?: number; reject?: number }
  /** "nsfwjs" (default) or "off" (no image classification; env MODERATION_IMAGE_CLASSIFIER). */
  image_classifier?: "nsfwjs" | "off"
  /** A module path whose default export is a ModerationProvider class or instance (a hosted model). */
  moderation_provider?: string
}

export function trustSafetyOptions(container: MedusaContainer): TrustSafetyOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (p: unknown) => typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === PLUGIN_NAME
  ) as { options?: TrustSafetyOptions } | undefined
  return entry?.options ?? {}
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

export function maxDocumentBytes(container: MedusaContainer): number {
  const value = Number(trustSafetyOptions(container).max_document_bytes ?? process.env.VERIFICATION_MAX_DOCUMENT_BYTES)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_DOCUMENT_BYTES
}
