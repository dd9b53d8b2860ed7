import { model } from "@medusajs/framework/utils"
import LessonProgress from "./lesson-progress"

export const ENROLLMENT_STATUSES = ["active", "revoked"] as const

/**
 * A customer's access to a course, granted by a placed order (`order_id`, the customer's order)
 * and revoked when that order is cancelled or refunded. One enrolment per (course, customer):
 * buying again after a refund re-activates it. `last_lesson_id` is where the student resumes.
 */
const Enrollment = model
  .define("enrollment", {
    id: model.id({ prefix: "enrol" }).primaryKey(),
    course_id: model.text(),
    customer_id: model.text(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    status: model.enum([...ENROLLMENT_STATUSES]).default("active"),
    enrolled_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    revoked_reason: model.text().nullable(),
    last_lesson_id: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    progress: model.hasMany(() => LessonProgress, { mappedBy: "enrollment" }),
  })
  .indexes([
    { on: ["course_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
    { on: ["order_id"] },
  ])
  .cascades({ delete: ["progress"] })

export default Enrollment
