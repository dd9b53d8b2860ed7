import { model } from "@medusajs/framework/utils"
import Question from "./question"

/** One upvote per (question, customer). */
const QuestionVote = model
  .define("question_vote", {
    id: model.id({ prefix: "cqv" }).primaryKey(),
    customer_id: model.text(),
    question: model.belongsTo(() => Question, { mappedBy: "votes" }),
  })
  .indexes([{ on: ["question_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default QuestionVote
