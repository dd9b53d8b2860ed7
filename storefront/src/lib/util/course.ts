/**
 * Pure helpers of the course pages (landing, learn, player, portal). No Next.js imports:
 * unit-tested in `course.unit.spec.ts`.
 */
import type { CourseSection, LessonProgress } from "../../types/courses"

/** 750 -> "12:30", 3725 -> "1:02:05"; null for unknown or non-positive durations. */
export function formatClock(seconds: number | null | undefined): string | null {
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
    return null
  }
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, "0")
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`
}

/** ISO 8601 duration for schema.org: 19800 -> "PT5H30M", 45 -> "PT1M" (at least a minute). */
export function isoDuration(seconds: number | null | undefined): string | null {
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
    return null
  }
  const minutesTotal = Math.max(1, Math.round(seconds / 60))
  const hours = Math.floor(minutesTotal / 60)
  const minutes = minutesTotal % 60
  return `PT${hours > 0 ? `${hours}H` : ""}${minutes > 0 ? `${minutes}M` : ""}`
}

/**
 * A duration typed by a teacher: "12:30" (minutes:seconds), "1:02:05" (hours:minutes:seconds)
 * or a plain number of minutes ("15", "7.5"). Empty gives null, anything else NaN.
 */
export function parseDurationInput(raw: string | null | undefined): number | null {
  const text = (raw ?? "").trim().replace(",", ".")
  if (!text) {
    return null
  }
  if (/^\d{1,3}(:\d{1,2}){1,2}$/.test(text)) {
    const parts = text.split(":").map(Number)
    if (parts.slice(1).some((part) => part >= 60)) {
      return Number.NaN
    }
    return parts.reduce((sum, part) => sum * 60 + part, 0)
  }
  if (/^\d{1,4}(\.\d+)?$/.test(text)) {
    return Math.round(Number(text) * 60)
  }
  return Number.NaN
}

/** Every lesson id of a curriculum, in order. */
export function lessonOrder(sections: Pick<CourseSection, "lessons">[]): string[] {
  return sections.flatMap((section) => section.lessons.map((lesson) => lesson.id))
}

/** Where "Resume" goes: the last lesson touched when it still exists, else the first lesson. */
export function resumeLessonId(sections: Pick<CourseSection, "lessons">[], lastLessonId: string | null | undefined): string | null {
  const order = lessonOrder(sections)
  return lastLessonId && order.includes(lastLessonId) ? lastLessonId : (order[0] ?? null)
}

/** Ids of the completed lessons. */
export function completedLessonIds(progress: Pick<LessonProgress, "lesson_id" | "completed_at">[]): Set<string> {
  return new Set(progress.filter((entry) => entry.completed_at).map((entry) => entry.lesson_id))
}

/** A percentage as an integer 0–100 (the API may send 33.333). */
export function percentInt(value: unknown): number {
  const number = typeof value === "number" ? value : Number(value)
  if (!Number.isFinite(number)) {
    return 0
  }
  return Math.min(100, Math.max(0, Math.round(number)))
}

/** Non-empty trimmed lines ("one per line" form fields). */
export function splitLines(raw: string | null | undefined, max = 30): string[] {
  return (raw ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, max)
}

/** Paragraphs of a plain-text body (rendered as text, never as HTML). */
export function paragraphs(body: string | null | undefined): string[] {
  return (body ?? "")
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
}

/**
 * A return path taken from the query string: only a path of this site ("/en/learn/x"), never an
 * absolute or protocol-relative URL that would send the visitor elsewhere after signing in.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) {
    return null
  }
  return raw.length <= 500 && !/[\u0000-\u001f]/.test(raw) ? raw : null
}

/** Moves an item one place up (-1) or down (+1); the same array when it cannot move. */
export function moveItem<T>(items: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return items
  }
  const next = [...items]
  ;[next[index], next[target]] = [next[target], next[index]]
  return next
}
