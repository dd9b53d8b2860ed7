import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CourseProductLink from "../links/course-product"
import { COURSES_MODULE } from "../modules/courses"
import type CoursesModuleService from "../modules/courses/service"
import { loadCurriculum } from "./curriculum"
import { mediaUrl } from "./media-token"

// Reads of the teacher's (vendor) course API. Ownership of every id is the vendor guard's job;
// these helpers only shape answers. A lesson's private file key (`video_file_id`) never leaves here.

const courses = (c: MedusaContainer) => c.resolve<CoursesModuleService>(COURSES_MODULE)
const query = (c: MedusaContainer) => c.resolve(ContainerRegistrationKeys.QUERY)

/** The ids of the vendor's courses: vendor → products (marketplace link) → courses (course-product link). */
export async function vendorCourseIds(container: MedusaContainer, vendorId: string): Promise<string[]> {
  const { data: [vendor] } = await query(container).graph({ entity: "vendor", fields: ["products.id"], filters: { id: vendorId } })
  const productIds = ((vendor as { products?: { id: string }[] } | undefined)?.products ?? []).map((p) => p.id)
  if (!productIds.length) return []
  const { data: links } = await query(container).graph({
    entity: CourseProductLink.entryPoint,
    fields: ["course_id"],
    filters: { product_id: productIds },
  })
  return [...new Set((links as { course_id: string }[]).map((l) => l.course_id))]
}

/** Per course: how many lessons, and how many students (active enrolments). Two queries. */
async function countsOf(container: MedusaContainer, courseIds: string[]) {
  const lessons = new Map<string, number>()
  const students = new Map<string, number>()
  if (!courseIds.length) return { lessons, students }
  const service = courses(container)
  const [lessonRows, enrolmentRows] = await Promise.all([
    service.listLessons({ course_id: courseIds }, { select: ["id", "course_id"] }),
    service.listEnrollments({ course_id: courseIds, status: "active" }, { select: ["id", "course_id"] }),
  ])
  for (const l of lessonRows) lessons.set(l.course_id, (lessons.get(l.course_id) ?? 0) + 1)
  for (const e of enrolmentRows) students.set(e.course_id, (students.get(e.course_id) ?? 0) + 1)
  return { lessons, students }
}

export async function listVendorCourses(
  container: MedusaContainer,
  vendorId: string,
  { status, limit, offset }: { status?: "draft" | "published"; limit: number; offset: number }
) {
  const ids = await vendorCourseIds(container, vendorId)
  if (!ids.length) return { courses: [], count: 0 }
  const [page, count] = await courses(container).listAndCountCourses(
    { id: ids, ...(status ? { status } : {}) },
    { select: ["id", "handle", "title", "status", "published_at", "created_at"], skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const pageIds = page.map((c) => c.id)
  const [{ data: withProduct }, counts] = await Promise.all([
    pageIds.length
      ? query(container).graph({ entity: "course", fields: ["id", "product.id", "product.thumbnail"], filters: { id: pageIds } })
      : Promise.resolve({ data: [] }),
    countsOf(container, pageIds),
  ])
  const productOf = new Map(
    (withProduct as { id: string; product?: { id: string; thumbnail: string | null } }[]).map((r) => [r.id, r.product])
  )
  return {
    count,
    courses: page.map((c) => ({
      id: c.id,
      handle: c.handle,
      title: c.title,
      status: c.status,
      published_at: c.published_at,
      product_id: productOf.get(c.id)?.id ?? null,
      thumbnail: productOf.get(c.id)?.thumbnail ?? null,
      lessons_count: counts.lessons.get(c.id) ?? 0,
      students_count: counts.students.get(c.id) ?? 0,
    })),
  }
}

type LessonRow = {
  id: string
  title: string
  kind: "video" | "text"
  rank: number
  duration_seconds: number
  is_preview: boolean
  body: string | null
  video_file_id: string | null
  video_mime_type: string | null
  video_size: number | null
  created_at: string
}
type SectionRow = { id: string; title: string; rank: number; created_at: string; lessons: LessonRow[] }
type CourseRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  level: string
  language: string
  outcomes: string[]
  requirements: string[]
  status: string
  published_at: string | null
  created_at: string
  updated_at: string
  sections: SectionRow[]
  product?: {
    id: string
    status: string
    description: string | null
    thumbnail: string | null
    categories?: { id: string; name: string; handle: string }[]
    variants?: { prices?: { currency_code: string; amount: number }[] }[]
  }
}

const byRank = <T extends { rank: number; created_at: string }>(a: T, b: T) =>
  a.rank - b.rank || String(a.created_at).localeCompare(String(b.created_at))

/** The teacher's view of a lesson: whether it has a video, its type and size and a signed preview URL, never the file's key. */
export function vendorLesson(l: LessonRow, sectionId: string, previewUrl: string | null = null) {
  return {
    id: l.id,
    section_id: sectionId,
    title: l.title,
    kind: l.kind,
    rank: l.rank,
    duration_seconds: l.duration_seconds,
    is_preview: l.is_preview,
    body: l.body,
    has_video: !!l.video_file_id,
    video_mime_type: l.video_file_id ? l.video_mime_type : null,
    video_size: l.video_file_id ? Number(l.video_size) : null,
    /** The teacher's own preview: a signed /lesson-media URL valid 2 hours (never a /static URL). */
    video_url: l.video_file_id ? previewUrl : null,
  }
}

const LESSON_FIELDS = ["id", "title", "kind", "rank", "duration_seconds", "is_preview", "body", "video_file_id", "video_mime_type", "video_size", "created_at"]

/** One course of the teacher, with product facts (prices, categories) and the curriculum in order. */
export async function retrieveVendorCourse(container: MedusaContainer, courseId: string) {
  const { data: [row] } = await query(container).graph({
    entity: "course",
    fields: [
      "id", "handle", "title", "subtitle", "level", "language", "outcomes", "requirements", "status", "published_at", "created_at", "updated_at",
      "sections.id", "sections.title", "sections.rank", "sections.created_at",
      ...LESSON_FIELDS.map((f) => `sections.lessons.${f}`),
      "product.id", "product.status", "product.description", "product.thumbnail", "product.vendor.id",
      "product.categories.id", "product.categories.name", "product.categories.handle",
      "product.variants.prices.amount", "product.variants.prices.currency_code",
    ],
    filters: { id: courseId },
  })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${courseId} was not found`)
  const course = row as unknown as CourseRow
  const vendorId = (course.product as { vendor?: { id: string } | null } | null | undefined)?.vendor?.id
  const counts = await countsOf(container, [course.id])
  const sections = [...(course.sections ?? [])].sort(byRank).map((s) => ({
    id: s.id,
    title: s.title,
    rank: s.rank,
    lessons: [...(s.lessons ?? [])]
      .sort(byRank)
      .map((l) => vendorLesson(l, s.id, vendorId && l.video_file_id ? mediaUrl(container, l.id, null, vendorId) : null)),
  }))
  return {
    id: course.id,
    handle: course.handle,
    title: course.title,
    subtitle: course.subtitle,
    description: course.product?.description ?? null,
    thumbnail: course.product?.thumbnail ?? null,
    level: course.level,
    language: course.language,
    outcomes: course.outcomes,
    requirements: course.requirements,
    status: course.status,
    published_at: course.published_at,
    created_at: course.created_at,
    updated_at: course.updated_at,
    product_id: course.product?.id ?? null,
    product_status: course.product?.status ?? null,
    prices: (course.product?.variants?.[0]?.prices ?? []).map((p) => ({ currency_code: p.currency_code, amount: Number(p.amount) })),
    categories: (course.product?.categories ?? []).map((c) => ({ id: c.id, name: c.name, handle: c.handle })),
    lessons_count: counts.lessons.get(course.id) ?? 0,
    students_count: counts.students.get(course.id) ?? 0,
    sections,
  }
}

/** A lesson of the course as the teacher sees it (after an update or upload). */
export async function retrieveVendorLesson(container: MedusaContainer, lessonId: string) {
  const [lesson] = await courses(container).listLessons({ id: lessonId }, { select: [...LESSON_FIELDS, "section_id", "course_id"] })
  if (!lesson) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${lessonId} was not found`)
  const { data: [course] } = await query(container).graph({ entity: "course", fields: ["product.vendor.id"], filters: { id: lesson.course_id } })
  const vendorId = (course?.product as { vendor?: { id: string } | null } | null | undefined)?.vendor?.id
  const previewUrl = vendorId && lesson.video_file_id ? mediaUrl(container, lesson.id, null, vendorId) : null
  return vendorLesson(lesson as unknown as LessonRow, (lesson as unknown as { section_id: string }).section_id, previewUrl)
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * The teacher's numbers for one course, from three reads (curriculum, enrolments, progress rows)
 * whatever the number of students:
 * - students: all enrolments (active and revoked); active_students: active ones;
 * - completed: enrolments with `completed_at`; completion_rate = completed / students, a fraction 0..1;
 * - average_progress: mean completion % (completed lessons / lessons of the course × 100) over active enrolments;
 * - per lesson: started (progress rows), completed (rows with `completed_at`), stopped_here: active
 *   unfinished enrolments whose first not-completed lesson in curriculum order is this one;
 * - drop_off: the lesson with most `stopped_here` (the earlier one on a tie), or null.
 */
export async function courseStats(container: MedusaContainer, courseId: string) {
  const service = courses(container)
  const c = await loadCurriculum(container, courseId)
  const [enrolments, progress] = await Promise.all([
    service.listEnrollments({ course_id: courseId }, { select: ["id", "status", "completed_at"] }),
    service.listLessonProgresses({ course_id: courseId }, { select: ["id", "enrollment_id", "lesson_id", "completed_at"] }),
  ])
  const lessonIds = new Set(c.lessons.map((l) => l.id))
  const started = new Map<string, number>()
  const completedByLesson = new Map<string, number>()
  const completedByEnrolment = new Map<string, Set<string>>()
  for (const p of progress as unknown as { enrollment_id: string; lesson_id: string; completed_at: Date | null }[]) {
    if (!lessonIds.has(p.lesson_id)) continue
    started.set(p.lesson_id, (started.get(p.lesson_id) ?? 0) + 1)
    if (p.completed_at) {
      completedByLesson.set(p.lesson_id, (completedByLesson.get(p.lesson_id) ?? 0) + 1)
      const set = completedByEnrolment.get(p.enrollment_id) ?? new Set<string>()
      set.add(p.lesson_id)
      completedByEnrolment.set(p.enrollment_id, set)
    }
  }
  const active = enrolments.filter((e) => e.status === "active")
  const completed = enrolments.filter((e) => !!e.completed_at).length
  const total = c.lessons.length
  const percents = active.map((e) => (total ? ((completedByEnrolment.get(e.id)?.size ?? 0) / total) * 100 : 0))
  const stoppedHere = new Map<string, number>()
  for (const e of active) {
    if (e.completed_at) continue
    const done = completedByEnrolment.get(e.id) ?? new Set<string>()
    const stop = c.lessons.find((l) => !done.has(l.id))
    if (stop) stoppedHere.set(stop.id, (stoppedHere.get(stop.id) ?? 0) + 1)
  }
  const sectionTitle = new Map(c.sections.map((s) => [s.id, s.title]))
  let dropOff: { lesson_id: string; title: string; students: number } | null = null
  for (const l of c.lessons) {
    const n = stoppedHere.get(l.id) ?? 0
    if (n > 0 && (!dropOff || n > dropOff.students)) dropOff = { lesson_id: l.id, title: l.title, students: n }
  }
  return {
    students: enrolments.length,
    active_students: active.length,
    completed,
    completion_rate: enrolments.length ? round(completed / enrolments.length, 4) : 0,
    average_progress: percents.length ? round(percents.reduce((a, b) => a + b, 0) / percents.length, 1) : 0,
    drop_off: dropOff,
    lessons: c.lessons.map((l) => ({
      lesson_id: l.id,
      title: l.title,
      section_title: sectionTitle.get(l.section_id) ?? null,
      started: started.get(l.id) ?? 0,
      completed: completedByLesson.get(l.id) ?? 0,
      stopped_here: stoppedHere.get(l.id) ?? 0,
    })),
  }
}

/** The teacher's Q&A inbox: questions on the given courses, newest first, with course and lesson titles. */
export async function listTeacherQuestions(
  container: MedusaContainer,
  courseIds: string[],
  { status, limit, offset }: { status: "unanswered" | "all"; limit: number; offset: number }
) {
  if (!courseIds.length) return { questions: [], count: 0 }
  const service = courses(container)
  const [questions, count] = await service.listAndCountQuestions(
    { course_id: courseIds, ...(status === "unanswered" ? { answered_by_teacher: false } : {}) },
    {
      select: ["id", "course_id", "lesson_id", "author_name", "title", "body", "upvotes", "answered_by_teacher", "created_at"],
      relations: ["answers"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    }
  )
  const lessonIds = [...new Set(questions.map((q) => q.lesson_id).filter((id): id is string => !!id))]
  const [courseRows, lessonRows] = await Promise.all([
    service.listCourses({ id: [...new Set(questions.map((q) => q.course_id))] }, { select: ["id", "handle", "title"] }),
    lessonIds.length ? service.listLessons({ id: lessonIds }, { select: ["id", "title"] }) : Promise.resolve([]),
  ])
  const courseOf = new Map(courseRows.map((c) => [c.id, { id: c.id, handle: c.handle, title: c.title }]))
  const lessonOf = new Map(lessonRows.map((l) => [l.id, { id: l.id, title: l.title }]))
  return {
    count,
    questions: questions.map((q) => ({
      id: q.id,
      title: q.title,
      body: q.body,
      lesson_id: q.lesson_id,
      author_name: q.author_name,
      upvotes: q.upvotes,
      answered_by_teacher: q.answered_by_teacher,
      created_at: q.created_at,
      course: courseOf.get(q.course_id) ?? null,
      lesson: q.lesson_id ? (lessonOf.get(q.lesson_id) ?? null) : null,
      answers: [...(q.answers ?? [])]
        .filter((a) => !a.deleted_at)
        .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
        .map((a) => ({ id: a.id, body: a.body, author_name: a.author_name, is_teacher: a.is_teacher, created_at: a.created_at })),
    })),
  }
}

/**
 * The course ↔ product link's table (`defineLink` names it after both modules' entities). The two
 * checks below run on every cart completion and every placed order, so they are one indexed
 * statement each instead of `query.graph` passes (the integration tests cover both answers).
 */
const COURSE_PRODUCT_TABLE = "courses_course_product_product"

const pg = (c: MedusaContainer) => c.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Whether any of these items (cart or order lines) sells a course. One statement. */
export async function sellsCourses(container: MedusaContainer, items: ({ product_id?: string | null } | null)[]): Promise<boolean> {
  const productIds = [...new Set(items.map((i) => i?.product_id).filter((id): id is string => !!id))]
  if (!productIds.length) return false
  const { rows } = (await pg(container).raw(
    `select exists (select 1 from ${COURSE_PRODUCT_TABLE} where product_id = any(?) and deleted_at is null) as sells`,
    [productIds]
  )) as { rows: { sells: boolean }[] }
  return !!rows[0]?.sells
}

/** Whether the order holds an item that sells a course (its lines, no totals). One statement. */
export async function orderHoldsCourses(container: MedusaContainer, orderId: string): Promise<boolean> {
  const { rows } = (await pg(container).raw(
    `select exists (
       select 1 from order_item oi
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
         join ${COURSE_PRODUCT_TABLE} l on l.product_id = li.product_id and l.deleted_at is null
        where oi.order_id = ? and oi.deleted_at is null) as holds`,
    [orderId]
  )) as { rows: { holds: boolean }[] }
  return !!rows[0]?.holds
}
