import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { coursesService } from "./students"
import { isIdOf } from "./zod"

/* eslint-disable @typescript-eslint/no-explicit-any -- module rows with relations are untyped here */
type Row = Record<string, any>
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A question as a student sees it (text exactly as typed; the storefront renders it as text). */
export function questionView(q: Row, customerId: string, votedIds: Set<string>) {
  const answers = [...((q.answers ?? []) as Row[])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  return {
    id: q.id,
    title: q.title,
    body: q.body,
    lesson_id: q.lesson_id ?? null,
    author_name: q.author_name,
    upvotes: q.upvotes ?? 0,
    answered_by_teacher: !!q.answered_by_teacher,
    created_at: q.created_at,
    voted: votedIds.has(q.id),
    mine: q.customer_id === customerId,
    answers: answers.map((a) => ({ id: a.id, body: a.body, author_name: a.author_name, is_teacher: !!a.is_teacher, created_at: a.created_at })),
  }
}

export async function retrieveQuestionView(container: MedusaContainer, id: string, customerId: string) {
  const service = coursesService(container)
  const question = await service.retrieveQuestion(id, { relations: ["answers"] })
  const votes = await service.listQuestionVotes({ question_id: id, customer_id: customerId })
  return questionView(question, customerId, new Set(votes.length ? [id] : []))
}

/** The question's course id, or 404 for a malformed or unknown id. */
export async function questionCourse(container: MedusaContainer, id: string) {
  const [question] = isIdOf("cq", id) ? await coursesService(container).listQuestions({ id }, { select: ["id", "course_id"] }) : []
  if (!question) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Question was not found")
  return question.course_id
}
