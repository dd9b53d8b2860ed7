import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadQuestionStep, resolveQaAuthorStep, type QaAuthor } from "./steps/resolve-author"
import {
  addVoteStep,
  assertLessonOfCourseStep,
  createAnswerStep,
  createQuestionStep,
  markAnsweredByTeacherStep,
  removeVoteStep,
} from "./steps/write-qa"

export type { QaAuthor }

export type CreateQuestionWorkflowInput = {
  course_id: string
  customer_id: string
  title: string
  body: string
  lesson_id?: string | null
}

export const createQuestionWorkflowId = "courses-create-question"

/** An enrolled student asks a question on a course (optionally about one of its lessons). */
export const createQuestionWorkflow = createWorkflow(createQuestionWorkflowId, (input: CreateQuestionWorkflowInput) => {
  const author = resolveQaAuthorStep(
    transform({ input }, ({ input }) => ({
      course_id: input.course_id,
      author: { author_type: "customer" as const, author_id: input.customer_id },
    }))
  )
  assertLessonOfCourseStep(transform({ input }, ({ input }) => ({ course_id: input.course_id, lesson_id: input.lesson_id })))
  const question = createQuestionStep(
    transform({ input, author }, ({ input, author }) => ({
      course_id: input.course_id,
      lesson_id: input.lesson_id ?? null,
      customer_id: input.customer_id,
      author_name: author.author_name,
      title: input.title,
      body: input.body,
    }))
  )
  return new WorkflowResponse(question)
})

/**
 * Input of `createAnswerWorkflow`:
 * - a student: `{ question_id, body, author: { author_type: "customer", author_id: customer_id } }`
 *   (needs an active enrolment in the question's course, else 403; the public name is derived);
 * - the course's teacher (vendor route, after the vendor guard checked the question's course is
 *   theirs): `{ question_id, body, author: { author_type: "vendor", author_id: member_id, author_name } }`
 *   → `is_teacher: true` and the question becomes `answered_by_teacher`.
 */
export type CreateAnswerWorkflowInput = {
  question_id: string
  body: string
  author: QaAuthor
}

export const createAnswerWorkflowId = "courses-create-answer"

export const createAnswerWorkflow = createWorkflow(createAnswerWorkflowId, (input: CreateAnswerWorkflowInput) => {
  const question = loadQuestionStep(input.question_id)
  const author = resolveQaAuthorStep(
    transform({ input, question }, ({ input, question }) => ({ course_id: question.course_id, author: input.author }))
  )
  const answer = createAnswerStep(
    transform({ input, author }, ({ input, author }) => ({
      question_id: input.question_id,
      author_type: author.author_type,
      author_id: author.author_id,
      author_name: author.author_name,
      is_teacher: author.is_teacher,
      body: input.body,
    }))
  )
  when({ author }, ({ author }) => author.is_teacher).then(() => {
    markAnsweredByTeacherStep({ question_id: input.question_id })
  })
  return new WorkflowResponse(answer)
})

export type QuestionVoteWorkflowInput = { question_id: string; customer_id: string }

export const voteQuestionWorkflowId = "courses-vote-question"

/** An enrolled student upvotes a question (idempotent). */
export const voteQuestionWorkflow = createWorkflow(voteQuestionWorkflowId, (input: QuestionVoteWorkflowInput) => {
  const question = loadQuestionStep(input.question_id)
  resolveQaAuthorStep(
    transform({ input, question }, ({ input, question }) => ({
      course_id: question.course_id,
      author: { author_type: "customer" as const, author_id: input.customer_id },
    }))
  )
  return new WorkflowResponse(addVoteStep({ question_id: input.question_id, customer_id: input.customer_id }))
})

export const unvoteQuestionWorkflowId = "courses-unvote-question"

/** An enrolled student withdraws their upvote (idempotent). */
export const unvoteQuestionWorkflow = createWorkflow(unvoteQuestionWorkflowId, (input: QuestionVoteWorkflowInput) => {
  const question = loadQuestionStep(input.question_id)
  resolveQaAuthorStep(
    transform({ input, question }, ({ input, question }) => ({
      course_id: question.course_id,
      author: { author_type: "customer" as const, author_id: input.customer_id },
    }))
  )
  return new WorkflowResponse(removeVoteStep({ question_id: input.question_id, customer_id: input.customer_id }))
})
