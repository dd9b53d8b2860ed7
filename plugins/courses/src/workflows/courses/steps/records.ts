import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

const courses = (c: MedusaContainer) => c.resolve<CoursesModuleService>(COURSES_MODULE)

type Update = { id: string } & Record<string, unknown>
type Kind = "course" | "section" | "lesson"

/** The module calls per record kind, so one step factory serves courses, sections and lessons. */
const OPS: Record<
  Kind,
  {
    list: (s: CoursesModuleService, ids: string[], select: string[]) => Promise<Update[]>
    update: (s: CoursesModuleService, data: Update[]) => Promise<unknown>
    create: (s: CoursesModuleService, data: Record<string, unknown>[]) => Promise<{ id: string }[]>
    softDelete: (s: CoursesModuleService, ids: string[]) => Promise<unknown>
    restore: (s: CoursesModuleService, ids: string[]) => Promise<unknown>
  }
> = {
  course: {
    list: (s, ids, select) => s.listCourses({ id: ids }, { select }) as Promise<Update[]>,
    update: (s, data) => s.updateCourses(data as never),
    create: (s, data) => s.createCourses(data as never) as unknown as Promise<{ id: string }[]>,
    softDelete: (s, ids) => s.softDeleteCourses(ids),
    restore: (s, ids) => s.restoreCourses(ids),
  },
  section: {
    list: (s, ids, select) => s.listCourseSections({ id: ids }, { select }) as Promise<Update[]>,
    update: (s, data) => s.updateCourseSections(data as never),
    create: (s, data) => s.createCourseSections(data as never) as unknown as Promise<{ id: string }[]>,
    softDelete: (s, ids) => s.softDeleteCourseSections(ids),
    restore: (s, ids) => s.restoreCourseSections(ids),
  },
  lesson: {
    list: (s, ids, select) => s.listLessons({ id: ids }, { select }) as Promise<Update[]>,
    update: (s, data) => s.updateLessons(data as never),
    create: (s, data) => s.createLessons(data as never) as unknown as Promise<{ id: string }[]>,
    softDelete: (s, ids) => s.softDeleteLessons(ids),
    restore: (s, ids) => s.restoreLessons(ids),
  },
}

/** Updates records; the compensation writes back the previous values of exactly the fields changed. */
const updateStep = (kind: Kind) =>
  createStep(
    `update-course-${kind}s`,
    async (updates: Update[], { container }) => {
      if (!updates.length) return new StepResponse([], [])
      const service = courses(container)
      const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
      const before = await OPS[kind].list(service, updates.map((u) => u.id), fields)
      await OPS[kind].update(service, updates)
      return new StepResponse(updates.map((u) => u.id), before)
    },
    async (before, { container }) => {
      if (!before?.length) return
      await OPS[kind].update(courses(container), before)
    }
  )

const createRecordsStep = (kind: Kind) =>
  createStep(
    `create-course-${kind}s`,
    async (data: Record<string, unknown>[], { container }) => {
      if (!data.length) return new StepResponse([] as { id: string }[], [] as string[])
      const created = await OPS[kind].create(courses(container), data)
      return new StepResponse(created, created.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (!ids?.length) return
      await OPS[kind].softDelete(courses(container), ids)
    }
  )

/** Soft-deletes records (with their cascades: a course's sections, a section's lessons); restored on failure. */
const softDeleteStep = (kind: Kind) =>
  createStep(
    `soft-delete-course-${kind}s`,
    async (ids: string[], { container }) => {
      if (!ids.length) return new StepResponse([] as string[], [] as string[])
      await OPS[kind].softDelete(courses(container), ids)
      return new StepResponse(ids, ids)
    },
    async (ids, { container }) => {
      if (!ids?.length) return
      await OPS[kind].restore(courses(container), ids)
    }
  )

export const updateCoursesStep = updateStep("course")
export const updateSectionsStep = updateStep("section")
export const updateLessonsStep = updateStep("lesson")
export const createSectionsStep = createRecordsStep("section")
export const createLessonsStep = createRecordsStep("lesson")
export const softDeleteCoursesStep = softDeleteStep("course")
export const softDeleteSectionsStep = softDeleteStep("section")
export const softDeleteLessonsStep = softDeleteStep("lesson")

/**
 * Deletes stored files (replaced or removed lesson videos). Run as the LAST step of a workflow:
 * a deleted file cannot be restored, so nothing may fail after it.
 */
export const deleteStoredFilesStep = createStep("delete-course-files", async (keys: string[], { container }) => {
  const wanted = keys.filter(Boolean)
  if (wanted.length) {
    try {
      await container.resolve(Modules.FILE).deleteFiles(wanted)
    } catch (e) {
      // The records no longer point at the file: a leftover file is an orphan, not an error for the caller.
      container.resolve("logger").warn(`Could not delete lesson files ${wanted.join(", ")}: ${(e as Error).message}`)
    }
  }
  return new StepResponse(wanted)
})
