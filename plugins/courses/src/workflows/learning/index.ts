import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkProgressInputStep,
  issueCertificateStep,
  updateEnrollmentProgressStep,
  upsertLessonProgressStep,
  type RecordProgressInput,
} from "./steps"

export type { RecordProgressInput }

export const recordLessonProgressWorkflowId = "courses-record-lesson-progress"

/**
 * A student's progress on a lesson: the lesson's row, the enrolment's resume point and completion,
 * and at 100 % the one certificate. Any failure restores everything.
 */
export const recordLessonProgressWorkflow = createWorkflow(recordLessonProgressWorkflowId, (input: RecordProgressInput) => {
  const checked = checkProgressInputStep(input)
  const progress = upsertLessonProgressStep(
    transform({ input, checked }, ({ input, checked }) => ({
      enrollment_id: checked.enrollment_id,
      course_id: checked.course_id,
      lesson: checked.lesson,
      seconds_watched: input.seconds_watched,
      position_seconds: input.position_seconds,
      completed: input.completed,
    }))
  )
  const enrollment = updateEnrollmentProgressStep(
    transform({ checked }, ({ checked }) => ({ enrollment_id: checked.enrollment_id, course_id: checked.course_id, lesson_id: checked.lesson.id }))
  )
  const certificate = issueCertificateStep(
    transform({ checked, enrollment }, ({ checked, enrollment }) => ({
      enrollment_id: checked.enrollment_id,
      progress_percent: enrollment.progress_percent,
    }))
  )
  return new WorkflowResponse({ progress, enrollment, certificate })
})
