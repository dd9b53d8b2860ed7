import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import type { VendorCourseSummary } from "../../../types/courses"
import type { VendorSession } from "../../../types/vitrina"
import { ListRow } from "../components/list-row"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"

/** The teacher's courses: status, students, lessons. `courses` null when the API cannot be read. */
export function CoursesTemplate({
  session,
  courses,
  deleted,
  locale,
  dict,
}: {
  session: VendorSession
  courses: VendorCourseSummary[] | null
  deleted: boolean
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.portal.courses
  const teacher = session.vendor.kind === "teacher"
  const canCreate = teacher && session.vendor.status === "active"
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="courses">
      <header className="page__head page__head--row">
        <div>
          <h1 className="page__title">{c.title}</h1>
          {courses ? <p className="muted">{plural(locale, courses.length, dict.portal.products.countCourses)}</p> : null}
        </div>
        {canCreate ? (
          <Link href={localizePath(locale, "/vendor/courses/new")} className="btn btn--primary" data-testid="new-course">
            {c.new}
          </Link>
        ) : null}
      </header>
      {deleted ? <Notice tone="ok">{c.deleted}</Notice> : null}
      {!teacher ? <p className="notice">{c.sellerOnly}</p> : null}
      {courses === null ? (
        <p className="empty">{c.unavailable}</p>
      ) : courses.length === 0 ? (
        <div className="empty" data-testid="vendor-courses-empty">
          <p>{c.empty}</p>
          {canCreate ? (
            <p>
              <Link href={localizePath(locale, "/vendor/courses/new")} className="section__more">
                {c.emptyCta} →
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="vendor-product-list">
          {courses.map((course) => (
            <li key={course.id}>
              <ListRow
                href={localizePath(locale, `/vendor/courses/${course.id}`)}
                thumbnail={course.thumbnail}
                title={course.title}
                details={`${plural(locale, course.lessons_count ?? 0, dict.courses.lessonsCount)} · ${plural(locale, course.students_count ?? 0, dict.courses.studentsCount)}`}
                status={course.status}
                statusLabel={c.statuses[course.status] ?? course.status}
                noImage={dict.product.noImage}
                testId="vendor-course-row"
                data={{ "data-course-id": course.id }}
              />
            </li>
          ))}
        </ul>
      )}
    </PortalShell>
  )
}
