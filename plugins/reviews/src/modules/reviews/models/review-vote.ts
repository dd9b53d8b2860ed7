import { model } from "@medusajs/framework/utils"
import Review from "./review"

/** One "helpful" vote per (review, customer). */
const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "revv" }).primaryKey(),
    customer_id: model.text(),
    review: model.belongsTo(() => Review, { mappedBy: "votes" }),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default ReviewVote
