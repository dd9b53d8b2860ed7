import type { CreateProductWorkflowInputDTO, UpdateProductDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorProductWorkflow } from "@vitrina/marketplace/workflows"
import { loadCurriculum } from "../../lib/curriculum"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { createCoursesWorkflow } from "../create-courses"
import type { CourseRecordInput } from "../steps/create-course-records"
import {
  deleteStoredFilesStep,
  softDeleteCoursesStep,
  softDeleteLessonsStep,
  softDeleteSectionsStep,
  updateCoursesStep,
} from "./steps/records"
import { lockCourse, unlockCourse } from "./steps/lock"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

async function productOfCourse(container: Parameters<typeof loadCurriculum>[0], courseId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [row] } = await query.graph({ entity: "course", fields: ["id", "product.id", "product.metadata"], filters: { id: courseId } })
  const product = (row as { product?: { id: string; metadata: Record<string, unknown> | null } } | undefined)?.product
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${courseId} has no product`)
  return product
}

// Create ----------------------------------------------------------------------------------------

export type CreateVendorCourseInput = {
  vendor_id: string
  product: CreateProductWorkflowInputDTO
  course: Omit<CourseRecordInput, "handle" | "title">
}

/**
 * The handle is free (as a product handle and a course handle: a clear 400 instead of the database's
 * unique violation) and every price is in a currency Medusa knows.
 */
const validateNewCourseStep = createStep("validate-new-course", async (input: CreateVendorCourseInput, { container }) => {
  const handle = input.product.handle!
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle }, { select: ["id"] })
  const [course] = await container.resolve<CoursesModuleService>(COURSES_MODULE).listCourses({ handle }, { select: ["id"] })
  if (product || course) {
    throw invalid(`The handle ${handle} is already taken: choose another handle`)
  }
  const codes = [...new Set((input.product.variants ?? []).flatMap((v) => (v.prices ?? []).map((p) => p.currency_code)))]
  const known = await container.resolve(Modules.CURRENCY).listCurrencies({ code: codes }, { select: ["code"] })
  const unknown = codes.filter((c) => !known.some((k) => k.code === c))
  if (unknown.length) {
    throw invalid(`Unknown currency: ${unknown.join(", ")}`)
  }
  return new StepResponse(handle)
})

/** POST /vendor/courses: a teacher's draft course with its draft product (createCoursesWorkflow). */
export const createVendorCourseWorkflow = createWorkflow("create-vendor-course", (input: CreateVendorCourseInput) => {
  validateNewCourseStep(input)
  const created = createCoursesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      courses: [{ product: input.product, course: input.course }],
    })),
  })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

// Update ----------------------------------------------------------------------------------------

export type CourseUpdate = {
  title?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  level?: "beginner" | "intermediate" | "advanced" | "all"
  language?: string
  outcomes?: string[]
  requirements?: string[]
  prices?: { currency_code: string; amount: number }[]
  category_ids?: string[]
}

const planCourseUpdateStep = createStep(
  "plan-course-update",
  async (input: { course_id: string; update: CourseUpdate }, { container }) => {
    const u = input.update
    const product = await productOfCourse(container, input.course_id)
    if (u.prices?.length) {
      const codes = u.prices.map((p) => p.currency_code)
      const known = await container.resolve(Modules.CURRENCY).listCurrencies({ code: codes }, { select: ["code"] })
      const unknown = codes.filter((c) => !known.some((k) => k.code === c))
      if (unknown.length) throw invalid(`Unknown currency: ${unknown.join(", ")}`)
    }
    const productUpdate: UpdateProductDTO = {}
    for (const key of ["title", "subtitle", "description", "thumbnail", "category_ids"] as const) {
      if (u[key] !== undefined) (productUpdate as Record<string, unknown>)[key] = u[key]
    }
    if (u.level || u.language) {
      productUpdate.metadata = { ...(product.metadata ?? {}), ...(u.level ? { level: u.level } : {}), ...(u.language ? { language: u.language } : {}) }
    }
    const course: { id: string } & Record<string, unknown> = { id: input.course_id }
    for (const key of ["title", "subtitle", "level", "language", "outcomes", "requirements"] as const) {
      if (u[key] !== undefined) course[key] = u[key]
    }
    return new StepResponse({
      product_id: product.id,
      product_update: Object.keys(productUpdate).length ? productUpdate : null,
      prices: u.prices ?? null,
      course,
    })
  }
)

/** Updates a course and, in the same workflow, its product (title, texts, thumbnail, categories, prices). */
export const updateVendorCourseWorkflow = createWorkflow(
  "update-vendor-course",
  (input: { course_id: string; update: CourseUpdate }) => {
    const plan = planCourseUpdateStep(input)
    when("update-course-product", { plan }, ({ plan }) => !!plan.product_update).then(() => {
      updateVendorProductWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ id: plan.product_id, update: plan.product_update! })),
      })
    })
    when("update-course-prices", { plan }, ({ plan }) => !!plan.prices).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ selector: { product_id: plan.product_id }, update: { prices: plan.prices! } })),
      })
    })
    updateCoursesStep(transform({ plan }, ({ plan }) => [plan.course]))
    return new WorkflowResponse(input.course_id)
  }
)

// Delete ----------------------------------------------------------------------------------------

const planDeleteCourseStep = createStep("plan-delete-course", async (input: { course_id: string }, { container }) => {
  const c = await loadCurriculum(container, input.course_id)
  if (c.course.status !== "draft") {
    throw notAllowed("Only a draft course can be deleted: unpublish it first")
  }
  const [, enrolments] = await container
    .resolve<CoursesModuleService>(COURSES_MODULE)
    .listAndCountEnrollments({ course_id: input.course_id }, { select: ["id"], take: 1 })
  if (enrolments > 0) {
    throw notAllowed("A course with enrolments cannot be deleted: its students keep their access")
  }
  const product = await productOfCourse(container, input.course_id)
  return new StepResponse({
    product_id: product.id,
    lesson_ids: c.lessons.map((l) => l.id),
    section_ids: c.sections.map((s) => s.id),
    file_keys: c.lessons.map((l) => l.video_file_id).filter((k): k is string => !!k),
  })
})

/** Deletes a draft course without enrolments: its product (and links), curriculum and videos. */
export const deleteVendorCourseWorkflow = createWorkflow("delete-vendor-course", (input: { course_id: string }) => {
  lockCourse(input)
  const plan = planDeleteCourseStep(input)
  deleteProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: [plan.product_id] })) })
  softDeleteLessonsStep(transform({ plan }, ({ plan }) => plan.lesson_ids))
  softDeleteSectionsStep(transform({ plan }, ({ plan }) => plan.section_ids))
  softDeleteCoursesStep(transform({ input }, ({ input }) => [input.course_id]))
  unlockCourse(input)
  deleteStoredFilesStep(transform({ plan }, ({ plan }) => plan.file_keys))
  return new WorkflowResponse(input.course_id)
})

// Publish / unpublish ---------------------------------------------------------------------------

const planPublicationStep = createStep(
  "plan-course-publication",
  async (input: { course_id: string; publish: boolean }, { container }) => {
    const c = await loadCurriculum(container, input.course_id)
    if (input.publish) {
      if (!c.lessons.length) {
        throw invalid("A course needs at least one lesson before it can be published")
      }
      const missing = c.lessons.filter((l) => l.kind === "video" && !l.video_file_id)
      if (missing.length) {
        const names = missing.slice(0, 5).map((l) => `"${l.title}"`).join(", ")
        throw invalid(`Every video lesson needs its video before the course can be published; missing: ${names}${missing.length > 5 ? ", …" : ""}`)
      }
    }
    const product = await productOfCourse(container, input.course_id)
    return new StepResponse({
      product_id: product.id,
      course: input.publish
        ? { id: input.course_id, status: "published", published_at: new Date() }
        : { id: input.course_id, status: "draft", published_at: null },
      product_status: input.publish ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
    })
  }
)

/**
 * Publishes (the course and its product) or unpublishes (both back to draft). Unpublishing takes
 * the course out of the store; enrolled students keep access to their lessons.
 */
export const setCoursePublicationWorkflow = createWorkflow(
  "set-course-publication",
  (input: { course_id: string; publish: boolean }) => {
    lockCourse(input)
    const plan = planPublicationStep(input)
    updateCoursesStep(transform({ plan }, ({ plan }) => [plan.course]))
    updateProductsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ selector: { id: plan.product_id }, update: { status: plan.product_status } })),
    })
    unlockCourse(input)
    return new WorkflowResponse(input.course_id)
  }
)
