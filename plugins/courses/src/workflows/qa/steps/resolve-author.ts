import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coursesService, publicAuthorName, requireActiveEnrollment } from "../../../lib/students"

export type QaAuthor =
  | { author_type: "customer"; author_id: string; author_name?: string }
  /** The course's teacher: author_id is the vendor member id; the caller (vendor guard) checked ownership. */
  | { author_type: "vendor"; author_id: string; author_name: string }

/**
 * Checks that the author may write on the course: a customer needs an active enrolment (403
 * otherwise); a teacher is trusted (the vendor route's guard checked the course is theirs).
 * Resolves the public author name of a customer.
 */
export type ResolvedQaAuthor = {
  author_type: "customer" | "vendor"
  author_id: string
  author_name: string
  is_teacher: boolean
}

export const resolveQaAuthorStep = createStep(
  "courses-resolve-qa-author",
  async (input: { course_id: string; author: QaAuthor }, { container }): Promise<StepResponse<ResolvedQaAuthor>> => {
    const { author } = input
    if (author.author_type === "vendor") {
      const name = author.author_name?.trim()
      if (!name) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A teacher's answer needs the author's name")
      return new StepResponse({ author_type: "vendor", author_id: author.author_id, author_name: name, is_teacher: true })
    }
    await requireActiveEnrollment(container, input.course_id, author.author_id)
    const name = author.author_name?.trim() || (await publicAuthorName(container, author.author_id))
    return new StepResponse({ author_type: "customer", author_id: author.author_id, author_name: name, is_teacher: false })
  }
)

/** The question (404 when unknown) and its course. */
export const loadQuestionStep = createStep("courses-load-question", async (questionId: string, { container }) => {
  const [question] = await coursesService(container).listQuestions({ id: questionId })
  if (!question) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Question ${questionId} was not found`)
  return new StepResponse({ id: question.id, course_id: question.course_id, answered_by_teacher: question.answered_by_teacher })
})
