import { model } from "@medusajs/framework/utils"
import CourseSection from "./course-section"

export const LESSON_KINDS = ["video", "text"] as const

/**
 * A lesson: a video (stored privately through Medusa's file module; `video_file_id` is the file
 * key, never a public URL) or a text (`body`, markdown-like plain text). `rank` orders lessons in
 * their section. Preview lessons are playable by anyone; the others only by enrolled students.
 * `course_id` is denormalised from the section for access checks and statistics.
 */
const Lesson = model
  .define("lesson", {
    id: model.id({ prefix: "lesson" }).primaryKey(),
    course_id: model.text(),
    title: model.text(),
    kind: model.enum([...LESSON_KINDS]).default("video"),
    rank: model.number().default(0),
    duration_seconds: model.number().default(0),
    is_preview: model.boolean().default(false),
    body: model.text().nullable(),
    video_file_id: model.text().nullable(),
    video_mime_type: model.text().nullable(),
    video_size: model.number().nullable(),
    section: model.belongsTo(() => CourseSection, { mappedBy: "lessons" }),
  })
  .indexes([{ on: ["course_id"] }])

export default Lesson
