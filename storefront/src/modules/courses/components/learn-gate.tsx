import Link from "next/link"
import { redirect } from "next/navigation"
import { getMyCourse } from "../../../lib/data/courses"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { MyCourse } from "../../../types/courses"

/**
 * The student's course or a redirect to sign-in (with the page to come back to). Not enrolled and
 * revoked enrolments give `null` data and a message element to render instead.
 */
export async function loadLearning(
  locale: Locale,
  handle: string,
  returnPath: string
): Promise<{ data: MyCourse; blocked: null } | { data: null; blocked: "not-enrolled" | "revoked"; course: MyCourse["course"] | null }> {
  const result = await getMyCourse(handle)
  if (result.state === "signed-out") {
    redirect(`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(returnPath)}`)
  }
  if (result.state === "not-enrolled") {
    return { data: null, blocked: "not-enrolled", course: null }
  }
  if (result.data.enrollment.status !== "active") {
    return { data: null, blocked: "revoked", course: result.data.course }
  }
  return { data: result.data, blocked: null }
}

/** The message shown instead of the course: not enrolled, or access revoked. */
export function LearnBlocked({
  reason,
  handle,
  locale,
  dict,
}: {
  reason: "not-enrolled" | "revoked"
  handle: string
  locale: Locale
  dict: Dictionary
}) {
  const l = dict.courses.learn
  return (
    <div
      className="container page page--narrow empty-state"
      data-testid={reason === "revoked" ? "enrollment-revoked" : "learn-not-enrolled"}
    >
      <h1 className="page__title">{reason === "revoked" ? l.revoked : l.notEnrolled}</h1>
      <p>{reason === "revoked" ? l.revokedText : l.notEnrolledText}</p>
      <Link href={localizePath(locale, `/courses/${handle}`)} className="btn btn--primary">
        {l.viewCourse}
      </Link>
    </div>
  )
}
