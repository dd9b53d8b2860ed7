import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

/** Read-only link (no table): a review's `product_id` resolves to the product. */
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
