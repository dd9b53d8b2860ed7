"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import type {
  CourseDetail,
  CourseLesson,
  CourseQuestion,
  CourseSummary,
  EnrollmentSummary,
  MyCourse,
  ProgressResult,
  PublicCertificate,
  QuestionSort,
} from "../../types/courses"
import type { ActionState } from "../../types/vitrina"
import { absoluteBackendUrl, getSdk } from "../config"
import { localizePath } from "../i18n/config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { describeError, isNotFound, normalizeError } from "../util/errors"
import { addToCart } from "./cart"
import { catalogFetch, privateFetch, tags } from "./cache"
import { getAuthHeaders } from "./cookies"

/* ------------------------------------------------------------------ public catalog */

function withAbsoluteCourseMedia<T extends { thumbnail?: string | null; teacher?: { logo?: string | null } | null }>(course: T): T {
  return {
    ...course,
    thumbnail: absoluteBackendUrl(course.thumbnail),
    teacher: course.teacher ? { ...course.teacher, logo: absoluteBackendUrl(course.teacher.logo) } : course.teacher,
  }
}

/** Published courses (`GET /store/courses`). */
export async function listCourses({
  q,
  level,
  language,
  limit = 24,
  offset = 0,
}: { q?: string; level?: string; language?: string; limit?: number; offset?: number } = {}): Promise<{
  courses: CourseSummary[]
  count: number
}> {
  const { courses, count } = await getSdk().client.fetch<{ courses: CourseSummary[]; count: number }>("/store/courses", {
    query: { q: q || undefined, level: level || undefined, language: language || undefined, limit, offset },
    ...catalogFetch([tags.courses]),
  })
  return { courses: courses.map(withAbsoluteCourseMedia), count }
}

/** One published course with its curriculum and teacher, or null (404). */
export async function getCourse(handle: string): Promise<CourseDetail | null> {
  try {
    const { course } = await getSdk().client.fetch<{ course: CourseDetail }>(`/store/courses/${encodeURIComponent(handle)}`, {
      ...catalogFetch([tags.courses, tags.course(handle)]),
    })
    return withAbsoluteCourseMedia(course)
  } catch (error) {
    if (isNotFound(error) || normalizeError(error).kind === "validation") {
      return null
    }
    throw error
  }
}

export type LessonResult = { lesson: CourseLesson | null; error: string | null; status: number | null }

function withAbsoluteVideo(lesson: CourseLesson): CourseLesson {
  return { ...lesson, video_url: absoluteBackendUrl(lesson.video_url) }
}

/**
 * One lesson (`GET /store/courses/:handle/lessons/:id`) with the customer's token when signed in:
 * previews for anyone, other lessons for enrolled students. Never throws.
 */
export async function loadLesson(handle: string, lessonId: string, locale?: string): Promise<LessonResult> {
  const dict = getDictionary(localeFrom(locale))
  try {
    const { lesson } = await getSdk().client.fetch<{ lesson: CourseLesson }>(
      `/store/courses/${encodeURIComponent(handle)}/lessons/${encodeURIComponent(lessonId)}`,
      { headers: await getAuthHeaders(), ...privateFetch([tags.course(handle)]) }
    )
    return { lesson: withAbsoluteVideo(lesson), error: null, status: 200 }
  } catch (error) {
    const normalized = normalizeError(error)
    const message =
      normalized.kind === "unauthorized" || normalized.kind === "forbidden"
        ? dict.courses.lessonLocked
        : describeError(error, dict.errors)
    return { lesson: null, error: message, status: normalized.status }
  }
}

/** Public verification of a certificate, or null for an unknown code. */
export async function getPublicCertificate(code: string): Promise<PublicCertificate | null> {
  try {
    const { certificate } = await getSdk().client.fetch<{ certificate: PublicCertificate }>(
      `/store/certificates/${encodeURIComponent(code)}`,
      { cache: "no-store" }
    )
    return certificate
  } catch (error) {
    if (isNotFound(error) || normalizeError(error).kind === "validation") {
      return null
    }
    throw error
  }
}

/* ------------------------------------------------------------------ the signed-in student */

/** The customer's enrolments, or null when nobody is signed in (or the token was refused). */
export async function listMyEnrollments(): Promise<EnrollmentSummary[] | null> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return null
  }
  try {
    const { enrollments } = await getSdk().client.fetch<{ enrollments: EnrollmentSummary[] }>(
      "/store/customers/me/enrollments",
      { headers, ...privateFetch([tags.enrollments]) }
    )
    return enrollments.map((enrollment) => ({
      ...enrollment,
      course: { ...enrollment.course, thumbnail: absoluteBackendUrl(enrollment.course.thumbnail) },
    }))
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "unauthorized" || kind === "forbidden") {
      return null
    }
    throw error
  }
}

export type MyCourseResult =
  | { state: "ok"; data: MyCourse }
  | { state: "signed-out" }
  | { state: "not-enrolled" }

/** The student's view of one course: curriculum, progress, certificate. */
export async function getMyCourse(handle: string): Promise<MyCourseResult> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) {
    return { state: "signed-out" }
  }
  try {
    const data = await getSdk().client.fetch<MyCourse>(`/store/customers/me/courses/${encodeURIComponent(handle)}`, {
      headers,
      ...privateFetch([tags.enrollments, tags.myCourse(handle)]),
    })
    return { state: "ok", data: { ...data, course: withAbsoluteCourseMedia(data.course), progress: data.progress ?? [] } }
  } catch (error) {
    const kind = normalizeError(error).kind
    if (kind === "unauthorized") {
      return { state: "signed-out" }
    }
    if (kind === "not_found" || kind === "forbidden" || kind === "validation") {
      return { state: "not-enrolled" }
    }
    throw error
  }
}

export type ProgressInput = {
  handle: string
  enrollmentId: string
  lessonId: string
  secondsWatched?: number
  positionSeconds?: number
  completed?: boolean
  locale?: string
}

/** Records progress on a lesson (player pings, "Mark as complete"). Never throws. */
export async function saveLessonProgress(input: ProgressInput): Promise<{ result: ProgressResult | null; error: string | null }> {
  const dict = getDictionary(localeFrom(input.locale))
  const body: Record<string, unknown> = { lesson_id: input.lessonId }
  const seconds = (value: number | undefined) =>
    typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined
  if (seconds(input.secondsWatched) !== undefined) body.seconds_watched = seconds(input.secondsWatched)
  if (seconds(input.positionSeconds) !== undefined) body.position_seconds = seconds(input.positionSeconds)
  if (input.completed) body.completed = true
  try {
    const result = await getSdk().client.fetch<ProgressResult>(
      `/store/customers/me/enrollments/${encodeURIComponent(input.enrollmentId)}/progress`,
      { method: "POST", body, headers: await getAuthHeaders(), cache: "no-store" }
    )
    if (input.completed || result.certificate) {
      updateTag(tags.enrollments)
      updateTag(tags.myCourse(input.handle))
    }
    return { result, error: null }
  } catch (error) {
    return { result: null, error: describeError(error, dict.errors) }
  }
}

/**
 * Landing page "Enrol": the course's variant goes into the cart, then the visitor sees the cart.
 * A course belongs to an account (the backend refuses a guest checkout of a course), so a signed-out
 * visitor signs in first and comes back to the landing page.
 */
export async function enrolInCourse(prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeFrom(formData.get("locale"))
  const handle = String(formData.get("handle") ?? "")
  if (!(await getAuthHeaders()).authorization) {
    const back = localizePath(locale, `/courses/${encodeURIComponent(handle)}`)
    redirect(`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(back)}`)
  }
  const state = await addToCart(prev, formData)
  if (state.error) {
    return state
  }
  redirect(localizePath(locale, "/cart"))
}

/* ------------------------------------------------------------------ Q&A */

export type QuestionList = { questions: CourseQuestion[]; count: number; error: string | null }

export async function loadQuestions(
  handle: string,
  { lessonId, sort = "votes", locale }: { lessonId?: string | null; sort?: QuestionSort; locale?: string } = {}
): Promise<QuestionList> {
  const dict = getDictionary(localeFrom(locale))
  try {
    const { questions, count } = await getSdk().client.fetch<{ questions: CourseQuestion[]; count: number }>(
      `/store/customers/me/courses/${encodeURIComponent(handle)}/questions`,
      {
        query: { lesson_id: lessonId || undefined, sort: sort === "newest" ? "newest" : "votes", limit: 50 },
        headers: await getAuthHeaders(),
        ...privateFetch([tags.questions(handle)]),
      }
    )
    return { questions, count, error: null }
  } catch (error) {
    return { questions: [], count: 0, error: describeError(error, dict.errors) }
  }
}

type Mutation<T> = { data: T | null; error: string | null }

async function send<T>(path: string, method: "POST" | "DELETE", body: Record<string, unknown> | undefined, locale?: string): Promise<Mutation<T>> {
  const dict = getDictionary(localeFrom(locale))
  try {
    const data = await getSdk().client.fetch<T>(path, { method, body, headers: await getAuthHeaders(), cache: "no-store" })
    return { data, error: null }
  } catch (error) {
    return { data: null, error: describeError(error, dict.errors) }
  }
}

const TITLE_RANGE = [3, 150] as const
const BODY_MAX = 5000

export async function askQuestion(input: {
  handle: string
  lessonId?: string | null
  title: string
  body: string
  locale?: string
}): Promise<Mutation<{ question: CourseQuestion }>> {
  const dict = getDictionary(localeFrom(input.locale))
  const title = input.title.trim()
  const body = input.body.trim()
  if (title.length < TITLE_RANGE[0] || title.length > TITLE_RANGE[1]) {
    return { data: null, error: dict.courses.qa.titleLength }
  }
  if (!body || body.length > BODY_MAX) {
    return { data: null, error: dict.courses.qa.bodyLength }
  }
  const result = await send<{ question: CourseQuestion }>(
    `/store/customers/me/courses/${encodeURIComponent(input.handle)}/questions`,
    "POST",
    { title, body, ...(input.lessonId ? { lesson_id: input.lessonId } : {}) },
    input.locale
  )
  if (!result.error) updateTag(tags.questions(input.handle))
  return result
}

export async function answerQuestion(input: {
  handle: string
  questionId: string
  body: string
  locale?: string
}): Promise<Mutation<{ answer: CourseQuestion["answers"][number] }>> {
  const dict = getDictionary(localeFrom(input.locale))
  const body = input.body.trim()
  if (!body || body.length > BODY_MAX) {
    return { data: null, error: dict.courses.qa.bodyLength }
  }
  const result = await send<{ answer: CourseQuestion["answers"][number] }>(
    `/store/customers/me/questions/${encodeURIComponent(input.questionId)}/answers`,
    "POST",
    { body },
    input.locale
  )
  if (!result.error) updateTag(tags.questions(input.handle))
  return result
}

export async function voteQuestion(input: {
  handle: string
  questionId: string
  vote: boolean
  locale?: string
}): Promise<Mutation<{ question: { id: string; upvotes: number; voted: boolean } }>> {
  const result = await send<{ question: { id: string; upvotes: number; voted: boolean } }>(
    `/store/customers/me/questions/${encodeURIComponent(input.questionId)}/votes`,
    input.vote ? "POST" : "DELETE",
    undefined,
    input.locale
  )
  if (!result.error) updateTag(tags.questions(input.handle))
  return result
}
