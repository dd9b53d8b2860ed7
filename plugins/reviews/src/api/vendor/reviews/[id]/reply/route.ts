import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { vendorReview } from "../../../../../lib/present"
import { replyToReviewWorkflow } from "../../../../../workflows"
import type { VendorReplyToReview } from "../../../../validators"

/**
 * POST /vendor/reviews/:id/reply — the vendor's one public reply to a review of its listing
 * (a second reply: 409). The vendor guard has already answered 404 for another vendor's review.
 * The reply is signed with the vendor's name.
 */
export const POST = async (req: MedusaRequest<VendorReplyToReview>, res: MedusaResponse) => {
  const { vendor, member } = vendorContext(req)
  const { data: [v] } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "vendor", fields: ["name"], filters: { id: vendor.id } })
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      member_id: member.id,
      author_name: (v as { name?: string } | undefined)?.name ?? vendor.handle,
      body: req.validatedBody.body,
    },
  })
  res.json({ review: vendorReview(result) })
}
