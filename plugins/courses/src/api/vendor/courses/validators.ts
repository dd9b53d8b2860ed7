import { z } from "@medusajs/framework/zod"
import { COURSE_LEVELS } from "../../../modules/courses/models/course"
import { LESSON_KINDS } from "../../../modules/courses/models/lesson"
import { currencyCode, handle, idOf, languageCode, line, pagination, text, url } from "../../../lib/zod"

const price = z.object({ currency_code: currencyCode, amount: z.number().min(0).max(10_000_000) }).strict()
const prices = z
  .array(price)
  .min(1)
  .max(20)
  .refine((list) => new Set(list.map((p) => p.currency_code)).size === list.length, "prices: one price per currency")

const courseFields = {
  subtitle: line(200).nullable().optional(),
  description: text(10_000).nullable().optional(),
  thumbnail: url.nullable().optional(),
  outcomes: z.array(line(300)).max(30).optional(),
  requirements: z.array(line(300)).max(30).optional(),
  category_ids: z.array(idOf("pcat")).max(10).optional(),
}

export const VendorCreateCourse = z
  .object({
    title: line(200),
    handle: handle.optional(),
    level: z.enum(COURSE_LEVELS),
    language: languageCode,
    prices,
    ...courseFields,
  })
  .strict()
export type VendorCreateCourseType = z.infer<typeof VendorCreateCourse>

export const VendorUpdateCourse = z
  .object({
    title: line(200).optional(),
    level: z.enum(COURSE_LEVELS).optional(),
    language: languageCode.optional(),
    prices: prices.optional(),
    ...courseFields,
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
export type VendorUpdateCourseType = z.infer<typeof VendorUpdateCourse>

export const VendorListCourses = z
  .object({ status: z.enum(["draft", "published"]).optional(), ...pagination })
  .strict()
export type VendorListCoursesType = z.infer<typeof VendorListCourses>

export const VendorSection = z.object({ title: line(200) }).strict()
export type VendorSectionType = z.infer<typeof VendorSection>

const lessonFields = {
  duration_seconds: z.number().int().min(0).max(24 * 3600).optional(),
  is_preview: z.boolean().optional(),
  body: text(50_000).nullable().optional(),
}

export const VendorCreateLesson = z
  .object({ section_id: idOf("csec"), title: line(200), kind: z.enum(LESSON_KINDS), ...lessonFields })
  .strict()
export type VendorCreateLessonType = z.infer<typeof VendorCreateLesson>

export const VendorUpdateLesson = z
  .object({
    section_id: idOf("csec").optional(),
    title: line(200).optional(),
    kind: z.enum(LESSON_KINDS).optional(),
    ...lessonFields,
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
export type VendorUpdateLessonType = z.infer<typeof VendorUpdateLesson>

export const VendorReorderCurriculum = z
  .object({
    sections: z
      .array(z.object({ id: idOf("csec"), lesson_ids: z.array(idOf("lesson")).max(500) }).strict())
      .max(100),
  })
  .strict()
export type VendorReorderCurriculumType = z.infer<typeof VendorReorderCurriculum>
