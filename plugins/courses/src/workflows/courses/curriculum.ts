import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lessonOf, loadCurriculum, planCurriculumOrder, sectionOf, type Curriculum } from "../../lib/curriculum"
import {
  createLessonsStep,
  createSectionsStep,
  deleteStoredFilesStep,
  softDeleteLessonsStep,
  softDeleteSectionsStep,
  updateLessonsStep,
  updateSectionsStep,
} from "./steps/records"
import { syncCourseProductStep } from "../steps/sync-course-product"
import { lockCourse, unlockCourse } from "./steps/lock"

// Curriculum editing. The vendor guard has checked that every id named belongs to the caller;
// each plan step below also checks that sections and lessons belong to THIS course, and computes
// the writes from the current curriculum, so the workflow bodies only wire steps together.

type Row = { id: string } & Record<string, unknown>

const refuseEmptyPublished = (c: Curriculum, remaining: number) => {
  if (c.course.status === "published" && remaining < 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "A published course needs at least one lesson: unpublish the course before removing its last lesson"
    )
  }
}

// Sections ------------------------------------------------------------------------------------

const planCreateSectionStep = createStep("plan-create-course-section", async (input: { course_id: string; title: string }, { container }) => {
  const c = await loadCurriculum(container, input.course_id)
  const rank = c.sections.length ? Math.max(...c.sections.map((s) => s.rank)) + 1 : 0
  return new StepResponse([{ course_id: input.course_id, title: input.title, rank }])
})

export const createCourseSectionWorkflow = createWorkflow("create-course-section", (input: { course_id: string; title: string }) => {
  lockCourse(input)
  const created = createSectionsStep(planCreateSectionStep(input))
  unlockCourse(input)
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

const planUpdateSectionStep = createStep(
  "plan-update-course-section",
  async (input: { course_id: string; section_id: string; title: string }, { container }) => {
    sectionOf(await loadCurriculum(container, input.course_id), input.section_id)
    return new StepResponse([{ id: input.section_id, title: input.title }] as Row[])
  }
)

export const updateCourseSectionWorkflow = createWorkflow(
  "update-course-section",
  (input: { course_id: string; section_id: string; title: string }) => {
    lockCourse(input)
    updateSectionsStep(planUpdateSectionStep(input))
    unlockCourse(input)
    return new WorkflowResponse(input.section_id)
  }
)

const planDeleteSectionStep = createStep(
  "plan-delete-course-section",
  async (input: { course_id: string; section_id: string }, { container }) => {
    const c = await loadCurriculum(container, input.course_id)
    sectionOf(c, input.section_id)
    const lessons = c.lessons.filter((l) => l.section_id === input.section_id)
    refuseEmptyPublished(c, c.lessons.length - lessons.length)
    return new StepResponse({
      lesson_ids: lessons.map((l) => l.id),
      file_keys: lessons.map((l) => l.video_file_id).filter((k): k is string => !!k),
    })
  }
)

/** Deletes a section with its lessons (and their videos). */
export const deleteCourseSectionWorkflow = createWorkflow("delete-course-section", (input: { course_id: string; section_id: string }) => {
  lockCourse(input)
  const plan = planDeleteSectionStep(input)
  softDeleteLessonsStep(transform({ plan }, ({ plan }) => plan.lesson_ids))
  softDeleteSectionsStep(transform({ input }, ({ input }) => [input.section_id]))
  syncCourseProductStep(transform({ input }, ({ input }) => [input.course_id]))
  unlockCourse(input)
  deleteStoredFilesStep(transform({ plan }, ({ plan }) => plan.file_keys))
  return new WorkflowResponse(input.section_id)
})

// Lessons -------------------------------------------------------------------------------------

export type LessonFields = {
  title?: string
  kind?: "video" | "text"
  duration_seconds?: number
  is_preview?: boolean
  body?: string | null
  section_id?: string
}

const planCreateLessonStep = createStep(
  "plan-create-course-lesson",
  async (input: { course_id: string; lesson: LessonFields & { section_id: string; title: string; kind: "video" | "text" } }, { container }) => {
    const c = await loadCurriculum(container, input.course_id)
    sectionOf(c, input.lesson.section_id, true)
    const siblings = c.lessons.filter((l) => l.section_id === input.lesson.section_id)
    const rank = siblings.length ? Math.max(...siblings.map((l) => l.rank)) + 1 : 0
    return new StepResponse([{ ...input.lesson, course_id: input.course_id, rank }])
  }
)

export const createCourseLessonWorkflow = createWorkflow(
  "create-course-lesson",
  (input: { course_id: string; lesson: LessonFields & { section_id: string; title: string; kind: "video" | "text" } }) => {
    lockCourse(input)
    const created = createLessonsStep(planCreateLessonStep(input))
    syncCourseProductStep(transform({ input }, ({ input }) => [input.course_id]))
    unlockCourse(input)
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

const planUpdateLessonStep = createStep(
  "plan-update-course-lesson",
  async (input: { course_id: string; lesson_id: string; update: LessonFields }, { container }) => {
    const c = await loadCurriculum(container, input.course_id)
    const lesson = lessonOf(c, input.lesson_id)
    const { section_id, ...fields } = input.update
    const row: Row = { id: lesson.id, ...fields }
    if (section_id && section_id !== lesson.section_id) {
      sectionOf(c, section_id, true)
      const siblings = c.lessons.filter((l) => l.section_id === section_id)
      row.section_id = section_id
      row.rank = siblings.length ? Math.max(...siblings.map((l) => l.rank)) + 1 : 0
    }
    // A lesson that becomes a text lesson drops its video (the file is deleted after the update).
    const fileKeys: string[] = []
    if (input.update.kind === "text" && lesson.video_file_id) {
      Object.assign(row, { video_file_id: null, video_mime_type: null, video_size: null })
      fileKeys.push(lesson.video_file_id)
    }
    return new StepResponse({ rows: [row], file_keys: fileKeys })
  }
)

/** Updates a lesson; a new `section_id` (of the same course) moves it to the end of that section. */
export const updateCourseLessonWorkflow = createWorkflow(
  "update-course-lesson",
  (input: { course_id: string; lesson_id: string; update: LessonFields }) => {
    lockCourse(input)
    const plan = planUpdateLessonStep(input)
    updateLessonsStep(transform({ plan }, ({ plan }) => plan.rows))
    syncCourseProductStep(transform({ input }, ({ input }) => [input.course_id]))
    unlockCourse(input)
    deleteStoredFilesStep(transform({ plan }, ({ plan }) => plan.file_keys))
    return new WorkflowResponse(input.lesson_id)
  }
)

const planDeleteLessonStep = createStep(
  "plan-delete-course-lesson",
  async (input: { course_id: string; lesson_id: string }, { container }) => {
    const c = await loadCurriculum(container, input.course_id)
    const lesson = lessonOf(c, input.lesson_id)
    refuseEmptyPublished(c, c.lessons.length - 1)
    return new StepResponse({ file_keys: lesson.video_file_id ? [lesson.video_file_id] : [] })
  }
)

export const deleteCourseLessonWorkflow = createWorkflow("delete-course-lesson", (input: { course_id: string; lesson_id: string }) => {
  lockCourse(input)
  const plan = planDeleteLessonStep(input)
  softDeleteLessonsStep(transform({ input }, ({ input }) => [input.lesson_id]))
  syncCourseProductStep(transform({ input }, ({ input }) => [input.course_id]))
  unlockCourse(input)
  deleteStoredFilesStep(transform({ plan }, ({ plan }) => plan.file_keys))
  return new WorkflowResponse(input.lesson_id)
})

// Reordering ----------------------------------------------------------------------------------

export type CurriculumOrder = { course_id: string; sections: { id: string; lesson_ids: string[] }[] }


const planReorderStep = createStep("plan-reorder-curriculum", async (input: CurriculumOrder, { container }) => {
  return new StepResponse(planCurriculumOrder(await loadCurriculum(container, input.course_id), input.sections))
})

/** Rewrites the ranks of every section and lesson (0..n) and the section of every lesson, as given. */
export const reorderCurriculumWorkflow = createWorkflow("reorder-course-curriculum", (input: CurriculumOrder) => {
  lockCourse(input)
  const plan = planReorderStep(input)
  updateSectionsStep(transform({ plan }, ({ plan }) => plan.sections))
  updateLessonsStep(transform({ plan }, ({ plan }) => plan.lessons))
  unlockCourse(input)
  return new WorkflowResponse(input.course_id)
})
