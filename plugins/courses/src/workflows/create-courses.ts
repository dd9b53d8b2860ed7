import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createVendorProductsWorkflow } from "@vitrina/marketplace/workflows"
import { COURSES_MODULE } from "../modules/courses"
import { assertTeacherStep } from "./steps/assert-teacher"
import { createCourseRecordsStep, type CourseRecordInput } from "./steps/create-course-records"
import { syncCourseProductStep } from "./steps/sync-course-product"

export type CreateCoursesWorkflowInput = {
  vendor_id: string
  /** Each course with the Medusa product that sells it (see `courseProductInput`). */
  courses: { product: CreateProductWorkflowInputDTO; course: Omit<CourseRecordInput, "handle" | "title"> }[]
}

export const createCoursesWorkflowId = "create-courses"

/**
 * Creates a teacher's courses: the products that sell them (through the marketplace's vendor
 * product workflow, linked to the teacher), the courses with their curriculum, and the
 * course ↔ product links. Any failure rolls everything back.
 */
export const createCoursesWorkflow = createWorkflow(createCoursesWorkflowId, (input: CreateCoursesWorkflowInput) => {
  assertTeacherStep(input.vendor_id)
  const products = createVendorProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      products: input.courses.map((c) => c.product),
    })),
  })
  const courses = createCourseRecordsStep(
    transform({ input, products }, ({ input, products }) =>
      input.courses.map((c, i) => ({ ...c.course, handle: products[i].handle, title: products[i].title }))
    )
  )
  const links = transform({ courses, products }, ({ courses, products }) =>
    courses.map((c, i) => ({
      [COURSES_MODULE]: { course_id: c.id },
      [Modules.PRODUCT]: { product_id: products[i].id },
    }))
  )
  createRemoteLinkStep(links)
  syncCourseProductStep(transform({ courses }, ({ courses }) => courses.map((c) => c.id)))
  return new WorkflowResponse(
    transform({ courses, products }, ({ courses, products }) =>
      courses.map((c, i) => ({ id: c.id, handle: c.handle, product_id: products[i].id }))
    )
  )
})
