import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { protectCourseProducts } from "../../lib/course-product-guard"
import { NoQuery } from "../../lib/zod"
import { parseVideoUpload } from "../../lib/video-upload"
import {
  VendorCreateCourse,
  VendorCreateLesson,
  VendorListCourses,
  VendorReorderCurriculum,
  VendorSection,
  VendorUpdateCourse,
  VendorUpdateLesson,
} from "./courses/validators"
import { VendorAnswerQuestion, VendorListQuestions } from "./questions/validators"

const noQuery = validateAndTransformQuery(NoQuery, {})

/** Middlewares (validation) of the courses plugin's /vendor routes; the marketplace's guard authenticates and checks ownership. */
export const vendorCourseRoutes: MiddlewareRoute[] = [
  { matcher: "/vendor/courses", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListCourses, {})] },
  { matcher: "/vendor/courses", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorCreateCourse)] },
  { matcher: "/vendor/courses/:id", method: ["GET", "DELETE"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorUpdateCourse)] },
  { matcher: "/vendor/courses/:id/publish", method: ["POST"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id/unpublish", method: ["POST"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id/stats", method: ["GET"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id/sections", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorSection)] },
  { matcher: "/vendor/courses/:id/sections/:section_id", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorSection)] },
  { matcher: "/vendor/courses/:id/sections/:section_id", method: ["DELETE"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id/lessons", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorCreateLesson)] },
  { matcher: "/vendor/courses/:id/lessons/:lesson_id", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorUpdateLesson)] },
  { matcher: "/vendor/courses/:id/lessons/:lesson_id", method: ["DELETE"], middlewares: [noQuery] },
  { matcher: "/vendor/courses/:id/lessons/:lesson_id/video", method: ["POST"], middlewares: [noQuery, parseVideoUpload] },
  { matcher: "/vendor/courses/:id/curriculum", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorReorderCurriculum)] },
  { matcher: "/vendor/questions", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListQuestions, {})] },
  { matcher: "/vendor/questions/:id/answers", method: ["POST"], middlewares: [noQuery, validateAndTransformBody(VendorAnswerQuestion)] },
  // The marketplace's product routes: a course's product is deleted and (un)published only as a course.
  { matcher: "/vendor/products/:id", method: ["POST", "DELETE"], middlewares: [protectCourseProducts] },
]
