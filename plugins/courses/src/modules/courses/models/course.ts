import { model } from "@medusajs/framework/utils"
import CourseSection from "./course-section"

export const COURSE_LEVELS = ["beginner", "intermediate", "advanced", "all"] as const
export const COURSE_STATUSES = ["draft", "published"] as const

/**
 * A course: the learning side of a Medusa product (linked one-to-one through `course-product`;
 * price, promotions, cart and checkout stay Medusa's). `handle` mirrors the product's handle and
 * is the URL of the landing page (/courses/[handle]). Publishing needs at least one lesson.
 */
const Course = model
  .define("course", {
    id: model.id({ prefix: "course" }).primaryKey(),
    handle: model.text(),
    title: model.text(),
    subtitle: model.text().nullable(),
    level: model.enum([...COURSE_LEVELS]).default("all"),
    language: model.text().default("en"),
    /** What the student will learn: a list of short sentences. */
    outcomes: model.array().default([]),
    /** Prerequisites: a list of short sentences. */
    requirements: model.array().default([]),
    status: model.enum([...COURSE_STATUSES]).default("draft"),
    published_at: model.dateTime().nullable(),
    sections: model.hasMany(() => CourseSection, { mappedBy: "course" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["sections"] })

export default Course
