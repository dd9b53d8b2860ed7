import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares (validation, auth) of the courses plugin's /store routes. */
export const storeCourseRoutes: MiddlewareRoute[] = []
