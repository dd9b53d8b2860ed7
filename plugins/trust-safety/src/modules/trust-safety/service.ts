import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import ModerationCase from "./models/moderation-case"
import VendorVerification from "./models/vendor-verification"
import VerificationDocument from "./models/verification-document"

/** A new moderation case, as `createModerationCases` takes it (every column of the model but the defaults). */
export type ModerationCaseInsert = {
  product_id: string
  vendor_id: string | null
  listing_kind: "product" | "course"
  title: string
  status: "approved" | "pending" | "rejected"
  auto_verdict: "approve" | "review" | "reject"
  reasons: unknown
  scores: unknown
  images: unknown
  image_status: "none" | "queued" | "done" | "skipped" | "failed"
  content_hash: string
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** `modc_<ULID>` ids (Medusa's form) for a set of rows, from one random buffer. */
function caseIds(n: number): string[] {
  let ms = Date.now()
  let time = ""
  for (let k = 0; k < 10; k++) {
    time = CROCKFORD[ms % 32] + time
    ms = Math.floor(ms / 32)
  }
  const pool = randomBytes(16 * n)
  return Array.from({ length: n }, (_, i) => {
    let random = ""
    for (let k = 0; k < 16; k++) random += CROCKFORD[pool[i * 16 + k] & 31]
    return `modc_${time}${random}`
  })
}

class TrustSafetyModuleService extends MedusaService({ VendorVerification, VerificationDocument, ModerationCase }) {
  /**
   * Inserts many new cases with ONE statement (`jsonb_to_recordset`), for the moderation of an
   * import batch (thousands of listings): the ORM's `createModerationCases` costs ≈ 0.7 ms a row.
   * Same table, same columns and defaults as the model; returns the ids in input order.
   */
  @InjectManager()
  async insertModerationCases(rows: ModerationCaseInsert[], @MedusaContext() sharedContext: Context = {}): Promise<{ id: string; product_id: string }[]> {
    if (!rows.length) return []
    const ids = caseIds(rows.length)
    const records = rows.map((r, i) => ({ ...r, id: ids[i] }))
    const manager = sharedContext.manager as { execute: (sql: string, params: unknown[]) => Promise<unknown> }
    await manager.execute(
      `insert into "moderation_case" ("id", "product_id", "vendor_id", "listing_kind", "title", "status", "auto_verdict", "reasons", "scores", "images", "image_status", "content_hash")
       select "id", "product_id", "vendor_id", "listing_kind", "title", "status", "auto_verdict", "reasons", "scores", "images", "image_status", "content_hash"
       from jsonb_to_recordset(?::jsonb) as x("id" text, "product_id" text, "vendor_id" text, "listing_kind" text, "title" text, "status" text, "auto_verdict" text,
         "reasons" jsonb, "scores" jsonb, "images" jsonb, "image_status" text, "content_hash" text)`,
      [JSON.stringify(records)]
    )
    return records.map((r) => ({ id: r.id, product_id: r.product_id }))
  }
}

export default TrustSafetyModuleService
