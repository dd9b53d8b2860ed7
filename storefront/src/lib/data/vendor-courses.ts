"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type { CourseQuestion, CourseStats, LessonKind, VendorCourse, VendorCourseSummary } from "../../types/courses"
import type { ActionState } from "../../types/vitrina"
import { absoluteBackendUrl } from "../config"
import { localizePath } from "../i18n/config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { normalizeError } from "../util/errors"
import { parseDurationInput, splitLines } from "../util/course"
import { parseAmount } from "../util/vendor-portal"
import { tags } from "./cache"
import { describePortalError, formText, isMissing, vendorGet, vendorSend } from "./vendor-request"

/* ------------------------------------------------------------------ reads */

export async function listMyCourses(): Promise<{ courses: VendorCourseSummary[]; count: number }> {
  const { courses, count } = await vendorGet<{ courses: VendorCourseSummary[]; count: number }>(
    "/vendor/courses",
    [tags.vendorCourses],
    { limit: 100 }
  )
  return { courses: courses.map((course) => ({ ...course, thumbnail: absoluteBackendUrl(course.thumbnail) })), count }
}

export async function retrieveMyCourse(id: string): Promise<VendorCourse | null> {
  try {
    const { course } = await vendorGet<{ course: VendorCourse }>(`/vendor/courses/${encodeURIComponent(id)}`, [
      tags.vendorCourses,
      tags.vendorCourse(id),
    ])
    return {
      ...course,
      thumbnail: absoluteBackendUrl(course.thumbnail),
      sections: (course.sections ?? []).map((section) => ({
        ...section,
        lessons: (section.lessons ?? []).map((lesson) => ({ ...lesson, video_url: absoluteBackendUrl(lesson.video_url) })),
      })),
    }
  } catch (error) {
    if (isMissing(error) || normalizeError(error).kind === "validation" || normalizeError(error).kind === "forbidden") {
      return null
    }
    throw error
  }
}

/** The course's statistics, or null when the backend cannot give them. */
export async function retrieveCourseStats(id: string): Promise<CourseStats | null> {
  try {
    const { stats } = await vendorGet<{ stats: CourseStats }>(`/vendor/courses/${encodeURIComponent(id)}/stats`, [
      tags.vendorCourse(id),
    ])
    return stats
  } catch {
    return null
  }
}

export async function listInboxQuestions(status: "unanswered" | "all"): Promise<{ questions: CourseQuestion[]; count: number }> {
  return vendorGet<{ questions: CourseQuestion[]; count: number }>("/vendor/questions", [tags.vendorQuestions], {
    status,
    limit: 50,
  })
}

/* ------------------------------------------------------------------ course fields */

const LEVELS = ["beginner", "intermediate", "advanced", "all"]

function revalidateCourse(id: string, handle?: string | null): void {
  updateTag(tags.vendorCourses)
  updateTag(tags.vendorCourse(id))
  updateTag(tags.courses)
  updateTag(tags.products)
  if (handle) {
    updateTag(tags.course(handle))
    updateTag(tags.product(handle))
  }
}

/** Creates (no `id`) or updates a course from the portal's course form. */
export async function saveVendorCourse(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const dict = getDictionary(locale)
  const c = dict.portal.courses
  const id = formText(formData, "id")
  const title = formText(formData, "title")
  if (!title) {
    return { error: dict.portal.products.titleRequired }
  }
  const level = formText(formData, "level")
  const language = formText(formData, "language").toLowerCase()
  const description = typeof formData.get("description") === "string" ? String(formData.get("description")).trim() : ""
  const body: Record<string, unknown> = {
    title,
    subtitle: formText(formData, "subtitle") || (id ? null : undefined),
    description: description || (id ? null : undefined),
    level: LEVELS.includes(level) ? level : "all",
    language: language || "en",
    outcomes: splitLines(String(formData.get("outcomes") ?? "")),
    requirements: splitLines(String(formData.get("requirements") ?? "")),
  }
  // The cover: the first uploaded picture (the uploader posts public URLs as `image_url`).
  const cover = formData.getAll("image_url").find((value): value is string => typeof value === "string" && /^https?:\/\//.test(value))
  if (cover || id) {
    body.thumbnail = cover ?? null
  }
  if (!id) {
    const eur = parseAmount(formText(formData, "price_eur"))
    const usd = parseAmount(formText(formData, "price_usd"))
    if (Number.isNaN(eur) || Number.isNaN(usd)) {
      return { error: dict.portal.products.invalidPrice }
    }
    const prices = [
      ...(eur !== null ? [{ currency_code: "eur", amount: eur }] : []),
      ...(usd !== null ? [{ currency_code: "usd", amount: usd }] : []),
    ]
    if (prices.length === 0) {
      return { error: c.priceRequired }
    }
    body.prices = prices
  }
  let saved: { id: string; handle?: string | null }
  try {
    saved = id
      ? (await vendorSend<{ course: VendorCourse }>(`/vendor/courses/${encodeURIComponent(id)}`, "POST", body)).course
      : (await vendorSend<{ course: VendorCourse }>("/vendor/courses", "POST", body)).course
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  revalidateCourse(saved.id, saved.handle)
  redirect(localizePath(locale, `/vendor/courses/${saved.id}?saved=1`))
}

/** Publish or unpublish; a refusal (400) answers the backend's reason. */
export async function setCoursePublished(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "id")
  const publish = formText(formData, "publish") === "1"
  try {
    await vendorSend(`/vendor/courses/${encodeURIComponent(id)}/${publish ? "publish" : "unpublish"}`, "POST", {})
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  revalidateCourse(id, formText(formData, "handle"))
  return { error: null, success: true }
}

export async function deleteVendorCourse(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const id = formText(formData, "id")
  try {
    await vendorSend(`/vendor/courses/${encodeURIComponent(id)}`, "DELETE")
  } catch (error) {
    return { error: describePortalError(error, getDictionary(locale)) }
  }
  revalidateCourse(id, formText(formData, "handle"))
  redirect(localizePath(locale, "/vendor/courses?deleted=1"))
}

/* ------------------------------------------------------------------ curriculum (called from the builder) */

export type BuilderResult = { error: string | null }

async function builderCall(courseId: string, locale: string, call: () => Promise<unknown>): Promise<BuilderResult> {
  try {
    await call()
  } catch (error) {
    return { error: describePortalError(error, getDictionary(localeFrom(locale))) }
  }
  updateTag(tags.vendorCourse(courseId))
  updateTag(tags.vendorCourses)
  updateTag(tags.courses)
  return { error: null }
}

const coursePath = (courseId: string, rest = "") => `/vendor/courses/${encodeURIComponent(courseId)}${rest}`

export async function saveSection(input: { courseId: string; sectionId?: string; title: string; locale: string }): Promise<BuilderResult> {
  const title = input.title.trim()
  if (!title) {
    return { error: getDictionary(localeFrom(input.locale)).portal.products.titleRequired }
  }
  return builderCall(input.courseId, input.locale, () =>
    vendorSend(
      input.sectionId ? coursePath(input.courseId, `/sections/${encodeURIComponent(input.sectionId)}`) : coursePath(input.courseId, "/sections"),
      "POST",
      { title: title.slice(0, 200) }
    )
  )
}

export async function deleteSection(input: { courseId: string; sectionId: string; locale: string }): Promise<BuilderResult> {
  return builderCall(input.courseId, input.locale, () =>
    vendorSend(coursePath(input.courseId, `/sections/${encodeURIComponent(input.sectionId)}`), "DELETE")
  )
}

export type LessonInput = {
  courseId: string
  lessonId?: string
  sectionId: string
  title: string
  kind: LessonKind
  duration: string
  isPreview: boolean
  body: string
  locale: string
}

export async function saveLesson(input: LessonInput): Promise<BuilderResult> {
  const dict = getDictionary(localeFrom(input.locale))
  const title = input.title.trim()
  if (!title) {
    return { error: dict.portal.products.titleRequired }
  }
  const duration = parseDurationInput(input.duration)
  if (Number.isNaN(duration)) {
    return { error: dict.portal.courses.invalidDuration }
  }
  const body: Record<string, unknown> = {
    title: title.slice(0, 200),
    kind: input.kind === "text" ? "text" : "video",
    is_preview: input.isPreview,
    body: input.body.trim() ? input.body : null,
  }
  if (duration !== null) body.duration_seconds = duration
  if (input.lessonId) {
    return builderCall(input.courseId, input.locale, () =>
      vendorSend(coursePath(input.courseId, `/lessons/${encodeURIComponent(input.lessonId ?? "")}`), "POST", body)
    )
  }
  return builderCall(input.courseId, input.locale, () =>
    vendorSend(coursePath(input.courseId, "/lessons"), "POST", { ...body, section_id: input.sectionId })
  )
}

export async function deleteLesson(input: { courseId: string; lessonId: string; locale: string }): Promise<BuilderResult> {
  return builderCall(input.courseId, input.locale, () =>
    vendorSend(coursePath(input.courseId, `/lessons/${encodeURIComponent(input.lessonId)}`), "DELETE")
  )
}

/** The whole new order of sections and lessons (`POST /vendor/courses/:id/curriculum`). */
export async function reorderCurriculum(input: {
  courseId: string
  sections: { id: string; lesson_ids: string[] }[]
  locale: string
}): Promise<BuilderResult> {
  return builderCall(input.courseId, input.locale, () =>
    vendorSend(coursePath(input.courseId, "/curriculum"), "POST", { sections: input.sections })
  )
}

/* ------------------------------------------------------------------ Q&A inbox */

export async function answerInboxQuestion(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "question_id")
  const body = formText(formData, "body")
  if (!body || body.length > 5000) {
    return { error: dict.courses.qa.bodyLength }
  }
  try {
    await vendorSend(`/vendor/questions/${encodeURIComponent(id)}/answers`, "POST", { body })
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  updateTag(tags.vendorQuestions)
  return { error: null, success: true }
}
