import { model } from "@medusajs/framework/utils"
import Answer from "./answer"
import QuestionVote from "./question-vote"

/**
 * A student's question on a course, optionally about one lesson. Only enrolled students ask.
 * `upvotes` is the count of `votes` (denormalised for sorting); `answered_by_teacher` drives the
 * teacher's inbox of unanswered questions. Text is stored as typed and always rendered as text.
 */
const Question = model
  .define("question", {
    id: model.id({ prefix: "cq" }).primaryKey(),
    course_id: model.text(),
    lesson_id: model.text().nullable(),
    customer_id: model.text(),
    author_name: model.text(),
    title: model.text(),
    body: model.text(),
    upvotes: model.number().default(0),
    answered_by_teacher: model.boolean().default(false),
    answers: model.hasMany(() => Answer, { mappedBy: "question" }),
    votes: model.hasMany(() => QuestionVote, { mappedBy: "question" }),
  })
  .indexes([{ on: ["course_id", "answered_by_teacher"] }, { on: ["lesson_id"] }])
  .cascades({ delete: ["answers", "votes"] })

export default Question
