import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { vendorReview } from "../../../lib/present"
import { reviews } from "../../../lib/queries"
import type { ReviewRecord } from "../../../workflows/steps/service"
import type { VendorListReviews } from "../../validators"

type Product = { id: string; title: string; handle: string; thumbnail: string | null }

/**
 * GET /vendor/reviews?status=published|pending|all&replied=true|false&limit&offset — reviews of the
 * vendor's listings (products and courses), newest first, with the product and any reply.
 * Rejected and hidden reviews are not listed.
 */
export const GET = async (req: MedusaRequest<unknown, VendorListReviews>, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  const q = req.validatedQuery as unknown as VendorListReviews
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: vendor.id } })
  const productIds = ((links[0] as { products?: { id: string }[] } | undefined)?.products ?? []).map((p) => p.id)
  if (!productIds.length) {
    return res.json({ reviews: [], count: 0, limit: q.limit, offset: q.offset })
  }
  const filters: Record<string, unknown> = {
    product_id: productIds,
    status: q.status === "all" ? ["published", "pending"] : q.status,
  }
  if (q.replied === "true") filters.reply_body = { $ne: null }
  if (q.replied === "false") filters.reply_body = null
  const [rows, count] = await reviews(req.scope).listAndCountReviews(filters as never, {
    order: { created_at: "DESC", id: "DESC" },
    take: q.limit,
    skip: q.offset,
  })
  const ids = [...new Set(rows.map((r) => r.product_id))]
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: ids } })
    : { data: [] }
  const byId = new Map((products as Product[]).map((p) => [p.id, p]))
  res.json({
    reviews: (rows as unknown as ReviewRecord[]).map((r) => vendorReview(r, byId.get(r.product_id))),
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
