import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coursesService } from "../../../lib/students"

export type NewQuestion = {
  course_id: string
  lesson_id?: string | null
  customer_id: string
  author_name: string
  title: string
  body: string
}

/** A lesson named by a question must belong to the question's course (400 otherwise). */
export const assertLessonOfCourseStep = createStep(
  "courses-assert-lesson-of-course",
  async (input: { course_id: string; lesson_id?: string | null }, { container }) => {
    if (!input.lesson_id) return new StepResponse(null)
    const [lesson] = await coursesService(container).listLessons({ id: input.lesson_id, course_id: input.course_id })
    if (!lesson) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lesson_id is not a lesson of this course")
    return new StepResponse(lesson.id)
  }
)

export const createQuestionStep = createStep(
  "courses-create-question",
  async (input: NewQuestion, { container }) => {
    const question = await coursesService(container).createQuestions({ ...input, lesson_id: input.lesson_id ?? null })
    return new StepResponse(question, question.id)
  },
  async (id, { container }) => {
    if (id) await coursesService(container).deleteQuestions(id)
  }
)

export type NewAnswer = {
  question_id: string
  author_type: "customer" | "vendor"
  author_id: string
  author_name: string
  is_teacher: boolean
  body: string
}

export const createAnswerStep = createStep(
  "courses-create-answer",
  async (input: NewAnswer, { container }) => {
    const answer = await coursesService(container).createAnswers(input)
    return new StepResponse(answer, answer.id)
  },
  async (id, { container }) => {
    if (id) await coursesService(container).deleteAnswers(id)
  }
)

/** Sets `answered_by_teacher`; compensation restores the previous value. */
export const markAnsweredByTeacherStep = createStep(
  "courses-mark-answered-by-teacher",
  async (input: { question_id: string }, { container }) => {
    const service = coursesService(container)
    const before = await service.retrieveQuestion(input.question_id)
    if (!before.answered_by_teacher) await service.updateQuestions({ id: input.question_id, answered_by_teacher: true })
    return new StepResponse(true, { id: input.question_id, previous: before.answered_by_teacher })
  },
  async (undo, { container }) => {
    if (undo && !undo.previous) await coursesService(container).updateQuestions({ id: undo.id, answered_by_teacher: false })
  }
)

async function recount(container: Parameters<typeof coursesService>[0], questionId: string) {
  const service = coursesService(container)
  const [, count] = await service.listAndCountQuestionVotes({ question_id: questionId }, { take: 1 })
  await service.updateQuestions({ id: questionId, upvotes: count })
  return count
}

const isUniqueViolation = (e: unknown) =>
  e instanceof Error && /unique|already exists|duplicate/i.test(e.message)

/**
 * One vote per (question, customer): voting again changes nothing; `upvotes` is recounted from the
 * votes. Compensation removes the vote this step added and recounts.
 */
export const addVoteStep = createStep(
  "courses-add-question-vote",
  async (input: { question_id: string; customer_id: string }, { container }) => {
    const service = coursesService(container)
    let createdId: string | null = null
    const [existing] = await service.listQuestionVotes(input)
    if (!existing) {
      try {
        const vote = await service.createQuestionVotes(input)
        createdId = vote.id
      } catch (e) {
        if (!isUniqueViolation(e)) throw e // a concurrent identical vote won: nothing to do
      }
    }
    const upvotes = await recount(container, input.question_id)
    return new StepResponse({ upvotes, voted: true }, createdId ? { id: createdId, question_id: input.question_id } : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    await coursesService(container).deleteQuestionVotes(undo.id)
    await recount(container, undo.question_id)
  }
)

/** Removes the customer's vote if any (idempotent); compensation restores it. */
export const removeVoteStep = createStep(
  "courses-remove-question-vote",
  async (input: { question_id: string; customer_id: string }, { container }) => {
    const service = coursesService(container)
    const votes = await service.listQuestionVotes(input)
    if (votes.length) await service.deleteQuestionVotes(votes.map((v) => v.id))
    const upvotes = await recount(container, input.question_id)
    return new StepResponse({ upvotes, voted: false }, votes.length ? input : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    await coursesService(container).createQuestionVotes(undo)
    await recount(container, undo.question_id)
  }
)
