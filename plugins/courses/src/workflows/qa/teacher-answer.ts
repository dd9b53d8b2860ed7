import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"

// NOTE: the store side adds a general `createAnswerWorkflow` (students and teachers) in
// `workflows/qa/`; this teacher-only workflow is to be reconciled with it at merge.

export type TeacherAnswerInput = {
  question_id: string
  body: string
  /** The vendor member who answers. */
  author_id: string
  /** The teacher's (vendor's) name, shown with the answer. */
  author_name: string
}

const createTeacherAnswerStep = createStep(
  "create-teacher-answer",
  async (input: TeacherAnswerInput, { container }) => {
    const answer = await container.resolve<CoursesModuleService>(COURSES_MODULE).createAnswers({
      question_id: input.question_id,
      author_type: "vendor",
      author_id: input.author_id,
      author_name: input.author_name,
      is_teacher: true,
      body: input.body,
    })
    return new StepResponse(answer, answer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteAnswers([id])
  }
)

const markAnsweredByTeacherStep = createStep(
  "mark-question-answered-by-teacher",
  async (questionId: string, { container }) => {
    const service = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const before = await service.retrieveQuestion(questionId, { select: ["id", "answered_by_teacher"] })
    await service.updateQuestions({ id: questionId, answered_by_teacher: true })
    return new StepResponse(questionId, { id: before.id, answered_by_teacher: before.answered_by_teacher })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).updateQuestions(before)
  }
)

/** The course's teacher answers a question: the answer is marked as the teacher's and the question as answered. */
export const createTeacherAnswerWorkflow = createWorkflow("create-teacher-answer", (input: TeacherAnswerInput) => {
  const answer = createTeacherAnswerStep(input)
  markAnsweredByTeacherStep(input.question_id)
  return new WorkflowResponse(answer)
})
