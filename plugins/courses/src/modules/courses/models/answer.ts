import { model } from "@medusajs/framework/utils"
import Question from "./question"

export const ANSWER_AUTHOR_TYPES = ["customer", "vendor"] as const

/** An answer by an enrolled student (`customer`) or by the course's teacher (`vendor`, marked). */
const Answer = model.define("answer", {
  id: model.id({ prefix: "cans" }).primaryKey(),
  author_type: model.enum([...ANSWER_AUTHOR_TYPES]),
  /** customer id, or vendor member id for the teacher. */
  author_id: model.text(),
  author_name: model.text(),
  is_teacher: model.boolean().default(false),
  body: model.text(),
  question: model.belongsTo(() => Question, { mappedBy: "answers" }),
})

export default Answer
