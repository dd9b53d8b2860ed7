export * from "./create-courses"
export { courseProductInput } from "../lib/course-product"
export * from "./qa"
