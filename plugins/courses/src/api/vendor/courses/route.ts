import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vendorContext } from "@vitrina/marketplace/lib/vendor-guard"
import { courseProductInput, slugify } from "../../../lib/course-product"
import { listVendorCourses, retrieveVendorCourse } from "../../../lib/vendor-courses"
import { createVendorCourseWorkflow } from "../../../workflows/courses/course"
import type { VendorCreateCourseType, VendorListCoursesType } from "./validators"

/** The caller's courses (drafts included), newest first. */
export const GET = async (req: MedusaRequest<unknown, VendorListCoursesType>, res: MedusaResponse) => {
  const params = req.validatedQuery as VendorListCoursesType
  const { courses, count } = await listVendorCourses(req.scope, vendorContext(req).vendor.id, params)
  res.json({ courses, count, limit: params.limit, offset: params.offset })
}

/** A teacher creates a course: a draft product (sold by the teacher) and a draft course without curriculum. */
export const POST = async (req: MedusaRequest<VendorCreateCourseType>, res: MedusaResponse) => {
  const { vendor } = vendorContext(req)
  if (vendor.kind !== "teacher") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only teachers can create courses: this vendor is a seller")
  }
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const { result } = await createVendorCourseWorkflow(req.scope).run({
    input: {
      vendor_id: vendor.id,
      product: courseProductInput({
        title: body.title,
        handle: body.handle ?? slugify(body.title),
        subtitle: body.subtitle,
        description: body.description,
        thumbnail: body.thumbnail,
        level: body.level,
        language: body.language,
        prices: body.prices,
        category_ids: body.category_ids,
        sales_channel_id: store?.default_sales_channel_id ?? null,
        published: false,
      }),
      course: {
        subtitle: body.subtitle ?? null,
        level: body.level,
        language: body.language,
        outcomes: body.outcomes ?? [],
        requirements: body.requirements ?? [],
        status: "draft",
      },
    },
  })
  res.status(201).json({ course: await retrieveVendorCourse(req.scope, result.id) })
}
