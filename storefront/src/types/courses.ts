/** Shapes of the `courses` plugin's store and vendor API (docs/design/courses.md). */

export type CourseLevel = "beginner" | "intermediate" | "advanced" | "all"
export type LessonKind = "video" | "text"

export type CourseTeacher = {
  id: string
  handle: string
  name: string
  description: string | null
  logo: string | null
  verified: boolean
}

export type CourseLessonSummary = {
  id: string
  title: string
  kind: LessonKind
  duration_seconds: number | null
  is_preview: boolean
}

export type CourseSection = {
  id: string
  title: string
  lessons: CourseLessonSummary[]
}

/** `GET /store/courses` item. Fields beyond the contract's are optional. */
export type CourseSummary = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  level?: CourseLevel | string | null
  language?: string | null
  lessons_count?: number | null
  duration_seconds?: number | null
  students_count?: number | null
  teacher?: (Pick<CourseTeacher, "handle" | "name" | "verified"> & { logo?: string | null }) | null
}

/** `GET /store/courses/:handle`. */
export type CourseDetail = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail?: string | null
  level: CourseLevel | string | null
  language: string | null
  outcomes: string[] | null
  requirements: string[] | null
  published_at?: string | null
  product_id: string | null
  sections: CourseSection[]
  lessons_count: number
  duration_seconds: number
  students_count: number
  teacher: CourseTeacher | null
}

/** `GET /store/courses/:handle/lessons/:lesson_id`. */
export type CourseLesson = CourseLessonSummary & {
  body: string | null
  section_id: string | null
  video_url?: string | null
  previous_lesson_id: string | null
  next_lesson_id: string | null
}

export type EnrollmentStatus = "active" | "revoked"

/** `GET /store/customers/me/enrollments` item. */
export type EnrollmentSummary = {
  id: string
  status: EnrollmentStatus
  course: { id: string; handle: string; title: string; thumbnail: string | null }
  progress_percent: number
  completed_lessons: number
  total_lessons: number
  last_lesson_id: string | null
  completed_at: string | null
  certificate_code: string | null
}

export type LessonProgress = {
  lesson_id: string
  seconds_watched: number
  position_seconds: number
  completed_at: string | null
}

export type Enrollment = {
  id: string
  status: EnrollmentStatus
  last_lesson_id: string | null
  completed_at: string | null
  revoked_at?: string | null
  revoked_reason?: string | null
  enrolled_at?: string | null
}

export type CertificateRef = { code: string; issued_at?: string | null }

/** `GET /store/customers/me/courses/:handle`. */
export type MyCourse = {
  enrollment: Enrollment
  course: CourseDetail
  progress: LessonProgress[]
  progress_percent: number
  certificate: CertificateRef | null
}

/** `POST /store/customers/me/enrollments/:id/progress`. */
export type ProgressResult = {
  progress: LessonProgress
  enrollment: { progress_percent: number; completed_at: string | null; last_lesson_id: string | null }
  certificate: { code: string } | null
}

/** `GET /store/certificates/:code`. */
export type PublicCertificate = {
  code: string
  student_name: string
  course_title: string
  course_handle: string
  teacher_name: string
  issued_at: string
}

export type CourseAnswer = {
  id: string
  body: string
  author_name: string
  is_teacher: boolean
  created_at: string
}

export type CourseQuestion = {
  id: string
  title: string
  body: string
  lesson_id: string | null
  author_name: string
  upvotes: number
  answered_by_teacher: boolean
  created_at: string
  voted?: boolean
  mine?: boolean
  answers: CourseAnswer[]
  /** Teacher inbox only. */
  course?: { id: string; handle: string; title: string }
  lesson?: { id: string; title: string } | null
}

export type QuestionSort = "votes" | "newest"

/* ------------------------------------------------------------------ vendor side */

export type CourseStatus = "draft" | "published"

export type VendorCourseSummary = {
  id: string
  handle: string
  title: string
  status: CourseStatus
  product_id: string | null
  thumbnail: string | null
  lessons_count: number
  students_count: number
}

export type VendorLesson = CourseLessonSummary & {
  body: string | null
  has_video?: boolean
  video_mime_type?: string | null
  video_size?: number | null
  video_url?: string | null
}

export type VendorCourse = Omit<CourseDetail, "sections" | "teacher" | "lessons_count" | "duration_seconds" | "students_count"> & {
  status: CourseStatus
  sections: (Omit<CourseSection, "lessons"> & { lessons: VendorLesson[] })[]
}

export type CourseStats = {
  students: number
  active_students: number
  completed: number
  completion_rate: number
  average_progress: number
  drop_off: { lesson_id: string; title: string; students: number } | null
  lessons: {
    lesson_id: string
    title: string
    section_title: string
    started: number
    completed: number
    stopped_here: number
  }[]
}
