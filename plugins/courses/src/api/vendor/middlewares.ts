import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares (validation) of the courses plugin's /vendor routes; the marketplace's guard authenticates and checks ownership. */
export const vendorCourseRoutes: MiddlewareRoute[] = []
