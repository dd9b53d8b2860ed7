import { model } from "@medusajs/framework/utils"
import Course from "./course"
import Lesson from "./lesson"

/** A chapter of a course's curriculum; `rank` orders the sections of a course (0, 1, 2, …). */
const CourseSection = model
  .define("course_section", {
    id: model.id({ prefix: "csec" }).primaryKey(),
    title: model.text(),
    rank: model.number().default(0),
    course: model.belongsTo(() => Course, { mappedBy: "sections" }),
    lessons: model.hasMany(() => Lesson, { mappedBy: "section" }),
  })
  .cascades({ delete: ["lessons"] })

export default CourseSection
