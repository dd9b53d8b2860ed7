import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { NoQuery } from "../../lib/zod"
import {
  StoreCreateAnswer,
  StoreCreateQuestion,
  StoreListCourses,
  StoreListQuestions,
  StoreRecordProgress,
} from "./validators"

const customer = authenticate("customer", ["bearer", "session"])
const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })
const noQuery = validateAndTransformQuery(NoQuery, {})

/** Middlewares (validation, auth) of the courses plugin's /store routes and of GET /lesson-media/:token. */
export const storeCourseRoutes: MiddlewareRoute[] = [
  { matcher: "/store/courses", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListCourses, {})] },
  { matcher: "/store/courses/:handle", method: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/courses/:handle/lessons/:lesson_id", method: ["GET"], middlewares: [optionalCustomer, noQuery] },
  // The token is the credential: no publishable key, no session (a <video src> sends neither).
  { matcher: "/lesson-media/:token", method: ["GET"], middlewares: [] },
  { matcher: "/store/certificates/:code", method: ["GET"], middlewares: [noQuery] },

  { matcher: "/store/customers/me/enrollments", method: ["GET"], middlewares: [customer, noQuery] },
  {
    matcher: "/store/customers/me/enrollments/:id/progress",
    method: ["POST"],
    middlewares: [customer, noQuery, validateAndTransformBody(StoreRecordProgress)],
  },
  { matcher: "/store/customers/me/courses/:handle", method: ["GET"], middlewares: [customer, noQuery] },
  { matcher: "/store/customers/me/certificates", method: ["GET"], middlewares: [customer, noQuery] },
  { matcher: "/store/customers/me/certificates/:code/pdf", method: ["GET"], middlewares: [customer, noQuery] },
  {
    matcher: "/store/customers/me/courses/:handle/questions",
    method: ["GET"],
    middlewares: [customer, validateAndTransformQuery(StoreListQuestions, {})],
  },
  {
    matcher: "/store/customers/me/courses/:handle/questions",
    method: ["POST"],
    middlewares: [customer, noQuery, validateAndTransformBody(StoreCreateQuestion)],
  },
  {
    matcher: "/store/customers/me/questions/:id/answers",
    method: ["POST"],
    middlewares: [customer, noQuery, validateAndTransformBody(StoreCreateAnswer)],
  },
  { matcher: "/store/customers/me/questions/:id/votes", method: ["POST", "DELETE"], middlewares: [customer, noQuery] },
]
