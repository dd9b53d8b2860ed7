import { defineMiddlewares } from "@medusajs/framework/http"
import { registerVendorResources } from "@vitrina/marketplace/lib/vendor-guard"
import path from "node:path"
import { COURSE_OWNERSHIP } from "../lib/ownership"
import { storeCourseRoutes } from "./store/middlewares"
import { vendorCourseRoutes } from "./vendor/middlewares"

// The marketplace's vendor guard (one for every /vendor/* route) learns this plugin's static route
// names and how its ids (course, section, lesson, question, answer) resolve to a vendor.
registerVendorResources({ routesRoot: path.join(__dirname, "vendor"), ownership: COURSE_OWNERSHIP })

export default defineMiddlewares({
  routes: [...storeCourseRoutes, ...vendorCourseRoutes],
})
