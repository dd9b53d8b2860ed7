import { z } from "@medusajs/framework/zod"
import { COURSE_LEVELS } from "../../modules/courses/models/course"
import { idOf, line, pagination, text } from "../../lib/zod"

export const StoreListCourses = z
  .object({
    q: line(1, 100).optional(),
    level: z.enum(COURSE_LEVELS).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, "must be a language code such as en or de").optional(),
    ...pagination,
  })
  .strict()
export type StoreListCoursesType = z.infer<typeof StoreListCourses>

export const StoreRecordProgress = z
  .object({
    lesson_id: idOf("lesson"),
    seconds_watched: z.number().int().min(0).max(86_400).optional(),
    position_seconds: z.number().int().min(0).max(86_400).optional(),
    completed: z.boolean().optional(),
  })
  .strict()
export type StoreRecordProgressType = z.infer<typeof StoreRecordProgress>

export const StoreListQuestions = z
  .object({
    lesson_id: idOf("lesson").optional(),
    sort: z.enum(["votes", "newest"]).default("votes"),
    ...pagination,
  })
  .strict()
export type StoreListQuestionsType = z.infer<typeof StoreListQuestions>

export const StoreCreateQuestion = z
  .object({
    title: line(3, 150),
    body: text(1, 5000),
    lesson_id: idOf("lesson").nullish(),
  })
  .strict()
export type StoreCreateQuestionType = z.infer<typeof StoreCreateQuestion>

export const StoreCreateAnswer = z.object({ body: text(1, 5000) }).strict()
export type StoreCreateAnswerType = z.infer<typeof StoreCreateAnswer>
