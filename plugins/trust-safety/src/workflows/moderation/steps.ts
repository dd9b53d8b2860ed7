import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_CHANGED_EVENT } from "@vitrina/marketplace/lib/catalog-search"
import { contentHash, HIDDEN_BY, listingImages, listingKind, listingTexts, listingVideos, loadListings, vendorsOfProducts, type ListingRow } from "../../lib/listings"
import { moderationProvider, worstVerdict, type ImageReason, type Verdict } from "../../lib/moderation"
import { TRUST_SAFETY_MODULE } from "../../modules/trust-safety"
import type TrustSafetyModuleService from "../../modules/trust-safety/service"
import type { ModerationCaseInsert } from "../../modules/trust-safety/service"

const service = (c: MedusaContainer) => c.resolve<TrustSafetyModuleService>(TRUST_SAFETY_MODULE)

type CaseStatus = "approved" | "pending" | "rejected"
type Reason = { rule: string; verdict: string; match: string }
export type CaseRow = {
  id: string
  product_id: string
  vendor_id: string | null
  status: CaseStatus
  auto_verdict: Verdict
  reasons: Reason[]
  scores: Record<string, unknown>
  images: string[]
  image_status: "none" | "queued" | "done" | "skipped" | "failed"
  content_hash: string
  title: string
  operator_reason: string | null
  decided_by: string | null
  decided_at: Date | null
}

/** JSON columns are typed as objects; ours also hold arrays. */
const json = (v: unknown) => v as Record<string, unknown>

const statusOf = (v: Verdict): CaseStatus => (v === "approve" ? "approved" : v === "review" ? "pending" : "rejected")

type ProductUndo = { id: string; status: string; metadata: Record<string, unknown> | null }

/**
 * Takes published listings out of the store: draft, marked as hidden by moderation. One call for
 * all of them; returns what the compensation restores.
 */
async function hideListings(container: MedusaContainer, rows: ListingRow[]): Promise<ProductUndo[]> {
  const published = rows.filter((r) => r.status === ProductStatus.PUBLISHED)
  if (!published.length) return []
  await container.resolve(Modules.PRODUCT).upsertProducts(
    published.map((r) => ({ id: r.id, status: ProductStatus.DRAFT, metadata: { ...(r.metadata ?? {}), [HIDDEN_BY]: "moderation" } }))
  )
  return published.map((r) => ({ id: r.id, status: r.status, metadata: r.metadata }))
}

/** Images the classifier can read: files of the File module. Other URLs are only noted for the operator. */
const classifiable = (images: string[]) => images.filter((u) => fileKeyOf(u) !== null)
const unchecked = (images: string[]): Reason[] =>
  images.filter((u) => fileKeyOf(u) === null).map((u) => ({ rule: "image_unchecked", verdict: "review", match: `external image not checked: ${u.slice(0, 80)}` }))

/**
 * The automatic check of new and edited listings, run inside Medusa's product workflows (hooks
 * `productsCreated` / `productsUpdated`) and the catalogue import's batch workflow (hook
 * `productsImported`), so a listing never goes live before it: the text rules decide at once;
 * images served by the File module are queued for the classifier (subscriber) when the provider
 * has one (external image URLs cannot be classified: they are noted for the operator at once).
 * A listing whose case is not approved cannot be published: it is put back to draft and marked.
 * An unchanged listing (same content hash) keeps its decision, so an approved listing is not
 * checked again when only its price, stock or status changes.
 *
 * Set-based, for batches of thousands of imported products: one read of the products, their
 * cases and their vendors; one insert of the new cases, one update of the changed ones, one
 * update of the listings to hide (the text rules run in memory).
 */
export type ModerationUndo = { created: string[]; updated: Partial<CaseRow>[]; products: ProductUndo[] }

export async function moderateListings(container: MedusaContainer, productIds: string[], options: { vendor_id?: string } = {}): Promise<ModerationUndo> {
  const undo: ModerationUndo = { created: [], updated: [], products: [] }
  const ids = [...new Set(productIds)]
  if (!ids.length) return undo
  const svc = service(container)
  const provider = moderationProvider(container)
  const rows = await loadListings(container, ids)
  if (!rows.length) return undo
  const existing = new Map(((await svc.listModerationCases({ product_id: rows.map((r) => r.id) })) as unknown as CaseRow[]).map((c) => [c.product_id, c]))
  // the import knows its vendor (one for the whole batch): no need to read the links
  const vendors = options.vendor_id ? new Map(rows.map((r) => [r.id, options.vendor_id!])) : await vendorsOfProducts(container, rows.map((r) => r.id))
  const toCreate: Record<string, unknown>[] = []
  const toUpdate: Record<string, unknown>[] = []
  const toHide: ListingRow[] = []
  for (const row of rows) {
    const videos = await listingVideos(container, row)
    const hash = contentHash(row, videos)
    const current = existing.get(row.id)
    if (current && current.content_hash === hash) {
      if (current.status !== "approved") toHide.push(row)
      continue
    }
    const text = await provider.checkText(listingTexts(row))
    let verdict = text.verdict
    const reasons: Reason[] = [...text.reasons]
    if (verdict === "approve" && current?.status === "rejected" && current.decided_by) {
      // the operator rejected this listing: an edit goes back to the operator, not straight live
      verdict = "review"
      reasons.push({ rule: "edited_after_rejection", verdict: "review", match: current.operator_reason ?? "" })
    }
    const images = listingImages(row)
    const queued = provider.checkImage ? classifiable(images) : []
    // external images are noted for the operator but do not change the verdict (as in the background check)
    if (provider.checkImage) reasons.push(...unchecked(images))
    // videos are recorded for the operator, not classified (they do not change the verdict)
    for (const v of videos) reasons.push({ rule: "video_unchecked", verdict: "note", match: v.slice(0, 200) })
    const data = {
      product_id: row.id,
      vendor_id: vendors.get(row.id) ?? current?.vendor_id ?? null,
      listing_kind: listingKind(row),
      title: row.title.slice(0, 500),
      status: statusOf(verdict),
      auto_verdict: verdict,
      reasons: json(reasons),
      scores: { text: text.score, provider: provider.name, ...(videos.length ? { videos } : {}) },
      images: json(images),
      image_status: !images.length || !provider.checkImage ? ("none" as const) : queued.length ? ("queued" as const) : ("done" as const),
      content_hash: hash,
      operator_reason: null,
      decided_by: null,
      decided_at: null,
    }
    if (current) {
      undo.updated.push(Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof CaseRow]]).concat([["id", current.id]])))
      toUpdate.push({ id: current.id, ...data })
    } else {
      toCreate.push(data)
    }
    if (data.status !== "approved") toHide.push(row)
  }
  if (toCreate.length) {
    const created = await svc.insertModerationCases(toCreate as ModerationCaseInsert[])
    undo.created.push(...created.map((c) => c.id))
  }
  if (toUpdate.length) await svc.updateModerationCases(toUpdate as never[])
  undo.products.push(...(await hideListings(container, toHide)))
  return undo
}

export async function undoModeration(container: MedusaContainer, undo: ModerationUndo | undefined) {
  if (!undo) return
  const svc = service(container)
  if (undo.created.length) await svc.deleteModerationCases(undo.created)
  if (undo.updated.length) await svc.updateModerationCases(undo.updated as never[])
  if (undo.products.length) {
    await container
      .resolve(Modules.PRODUCT)
      .upsertProducts(undo.products.map((p) => ({ id: p.id, status: p.status as ProductStatus, metadata: p.metadata ?? {} })))
  }
}

/** The file key of an image URL served by the file module (`…/static/<key>`); null for other URLs. */
export function fileKeyOf(url: string): string | null {
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return null
  }
  const at = pathname.indexOf("/static/")
  if (at < 0) return null
  let key: string
  try {
    key = decodeURIComponent(pathname.slice(at + "/static/".length))
  } catch {
    return null
  }
  return key && !key.includes("..") && !key.startsWith("/") && !key.includes("\\") ? key : null
}

const sniffImage = (b: Buffer): "image/jpeg" | "image/png" | null =>
  b[0] === 0xff && b[1] === 0xd8 ? "image/jpeg" : b.subarray(1, 4).toString("latin1") === "PNG" ? "image/png" : null

/**
 * The background half of the automatic check: the queued images of listings are classified; a
 * listing whose images need review (or are rejected) leaves the store and joins the manual queue.
 * A result for content that changed meanwhile is dropped (the new content has its own check).
 */
/** The automatic check of some listings, undone (cases and hidden listings) if the workflow fails later. */
export const moderateListingsStep = createStep(
  "moderate-listings",
  async (input: { product_ids: string[] }, { container }) => new StepResponse(null, await moderateListings(container, input.product_ids)),
  async (undo: ModerationUndo | undefined, { container }) => undoModeration(container, undo)
)

export const checkListingImagesStep = createStep("check-listing-images", async (input: { product_ids: string[] }, { container }) => {
  const svc = service(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const provider = moderationProvider(container)
  const queued = (await svc.listModerationCases({ product_id: input.product_ids, image_status: "queued" })) as unknown as CaseRow[]
  const hiddenIds: string[] = []
  for (const c of queued) {
    if (!provider.checkImage) {
      await svc.updateModerationCases({ id: c.id, image_status: "skipped" })
      continue
    }
    const [row] = await loadListings(container, [c.product_id])
    if (!row || contentHash(row, await listingVideos(container, row)) !== c.content_hash) continue
    const vendorId = (await vendorsOfProducts(container, [row.id])).get(row.id) ?? null
    const imageScores: Record<string, Record<string, number>> = {}
    const reasons: ImageReason[] = []
    let verdict: Verdict = "approve"
    let failed = false
    for (const url of c.images) {
      const key = fileKeyOf(url)
      if (!key) {
        reasons.push({ rule: "image_unchecked", verdict: "review", match: `external image not checked: ${url.slice(0, 80)}` })
        continue
      }
      try {
        const content = await container.resolve(Modules.FILE).getAsBuffer(key)
        const mime = sniffImage(content)
        if (!mime) continue // WebP and other formats: not classified (recorded without a verdict)
        const result = await provider.checkImage({ content, mime })
        imageScores[url] = result.scores
        reasons.push(...result.reasons)
        verdict = worstVerdict(verdict, result.verdict)
      } catch (e) {
        failed = true
        logger.warn(`trust-safety: could not classify ${url}: ${(e as Error).message}`)
      }
    }
    // unchecked external images are noted for the operator but do not change the verdict
    const [fresh] = (await svc.listModerationCases({ id: c.id })) as unknown as CaseRow[]
    if (!fresh || fresh.content_hash !== c.content_hash) continue
    const combined = worstVerdict(fresh.auto_verdict, verdict)
    const status = fresh.decided_by ? fresh.status : combined === fresh.auto_verdict ? fresh.status : statusOf(combined)
    // the listing leaves the store first: once the case says "done", the store already agrees
    if (status !== "approved") {
      const [now] = await loadListings(container, [row.id])
      if (now && (await hideListings(container, [now])).length) hiddenIds.push(row.id)
    }
    await svc.updateModerationCases({
      id: c.id,
      vendor_id: fresh.vendor_id ?? vendorId,
      auto_verdict: combined,
      status,
      // external images were noted when the listing was checked: each note once
      reasons: json([...fresh.reasons, ...reasons.filter((r) => !fresh.reasons.some((f) => f.rule === r.rule && f.match === r.match))]),
      scores: { ...fresh.scores, images: imageScores },
      image_status: failed ? "failed" : "done",
    })
  }
  if (hiddenIds.length) {
    await container.resolve(Modules.EVENT_BUS).emit({ name: CATALOG_CHANGED_EVENT, data: { product_ids: hiddenIds } })
  }
  return new StepResponse({ checked: queued.length, hidden: hiddenIds })
})

export type ModerationDecision = { id: string; action: "approve" | "reject"; reason?: string | null; admin_id: string }

/** The operator's decision: what changes on the case and the product. */
export const planModerationDecisionStep = createStep("plan-moderation-decision", async (input: ModerationDecision, { container }) => {
  const [c] = (await service(container).listModerationCases({ id: input.id })) as unknown as CaseRow[]
  if (!c) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Moderation case ${input.id} was not found`)
  if (input.action === "approve" && c.status === "approved") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This listing is already approved")
  if (input.action === "reject" && c.status === "rejected" && c.decided_by) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This listing is already rejected")
  if (input.action === "reject" && !input.reason?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the vendor a reason for the rejection")
  const [row] = await loadListings(container, [c.product_id])
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The listing of this case no longer exists")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "vendor.id", "vendor.name", "vendor.email", "vendor.status", "vendor.members.email", "vendor.members.role"],
    filters: { id: row.id },
  })
  const vendor = (data[0] as { vendor?: { id: string; name: string; email: string | null; status: string; members?: { email: string; role: string }[] } })?.vendor
  let product: { id: string; status: ProductStatus; metadata: Record<string, unknown> } | null = null
  const meta = row.metadata ?? {}
  if (input.action === "approve" && meta[HIDDEN_BY] === "moderation") {
    // back to the store, unless the vendor was suspended meanwhile (then the marketplace's reactivation republishes it)
    product =
      !vendor || vendor.status === "active"
        ? { id: row.id, status: ProductStatus.PUBLISHED, metadata: { ...meta, [HIDDEN_BY]: null } }
        : { id: row.id, status: ProductStatus.DRAFT, metadata: { ...meta, [HIDDEN_BY]: vendor.status === "suspended" ? "suspension" : null } }
  } else if (input.action === "reject" && row.status === ProductStatus.PUBLISHED) {
    product = { id: row.id, status: ProductStatus.DRAFT, metadata: { ...meta, [HIDDEN_BY]: "moderation" } }
  }
  return new StepResponse({
    case: c,
    product,
    notify: vendor ? vendor.email || vendor.members?.find((m) => m.role === "owner")?.email || null : null,
    vendor_name: vendor?.name ?? null,
    vendor_id: vendor?.id ?? null,
  })
})

/** Writes the decision on the case; compensation restores the previous decision. */
export const updateModerationCaseStep = createStep(
  "update-moderation-case",
  async (input: { id: string; status: CaseStatus; operator_reason: string | null; decided_by: string; vendor_id: string | null }, { container }) => {
    const svc = service(container)
    const [before] = (await svc.listModerationCases({ id: input.id })) as unknown as CaseRow[]
    const updated = await svc.updateModerationCases({ ...input, vendor_id: input.vendor_id ?? before.vendor_id, decided_at: new Date() })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      operator_reason: before.operator_reason,
      decided_by: before.decided_by,
      decided_at: before.decided_at,
    })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateModerationCases(previous)
  }
)
