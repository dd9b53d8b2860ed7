import { model } from "@medusajs/framework/utils"
import Enrollment from "./enrollment"

/**
 * One student's progress on one lesson: seconds watched (the furthest position reached, never
 * decreasing), the last playback position (to resume), and when it was completed.
 */
const LessonProgress = model
  .define("lesson_progress", {
    id: model.id({ prefix: "lprog" }).primaryKey(),
    lesson_id: model.text(),
    course_id: model.text(),
    seconds_watched: model.number().default(0),
    position_seconds: model.number().default(0),
    completed_at: model.dateTime().nullable(),
    enrollment: model.belongsTo(() => Enrollment, { mappedBy: "progress" }),
  })
  .indexes([
    { on: ["enrollment_id", "lesson_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["course_id", "lesson_id"] },
  ])

export default LessonProgress
