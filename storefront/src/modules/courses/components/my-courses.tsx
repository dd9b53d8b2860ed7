import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { percentInt } from "../../../lib/util/course"
import type { EnrollmentSummary } from "../../../types/courses"
import { Thumbnail } from "../../common/components/thumbnail"
import { ProgressBar } from "./progress-bar"

/** The customer's enrolments with progress bars (account page and `/account/courses`). */
export function MyCourses({ enrollments, locale, dict }: { enrollments: EnrollmentSummary[]; locale: Locale; dict: Dictionary }) {
  const a = dict.courses.account
  const l = dict.courses.learn
  if (enrollments.length === 0) {
    return (
      <div className="empty" data-testid="no-courses">
        <p>{a.empty}</p>
        <p>
          <Link href={localizePath(locale, "/courses")} className="section__more">
            {a.browse} →
          </Link>
        </p>
      </div>
    )
  }
  return (
    <ul className="vendor-product-list">
      {enrollments.map((enrollment) => {
        const percent = percentInt(enrollment.progress_percent)
        const revoked = enrollment.status !== "active"
        return (
          <li
            key={enrollment.id}
            className="vendor-product-row my-course"
            data-testid="my-course"
            data-course-handle={enrollment.course.handle}
            data-status={enrollment.status}
          >
            <span className="vendor-product-row__media">
              <Thumbnail src={enrollment.course.thumbnail} alt="" width={64} height={64} placeholder={dict.product.noImage} />
            </span>
            <span className="vendor-product-row__body">
              <Link href={localizePath(locale, `/learn/${enrollment.course.handle}`)} className="vendor-product-row__title">
                {enrollment.course.title}
              </Link>
              {revoked ? (
                <span className="muted small">{a.revoked}</span>
              ) : (
                <ProgressBar
                  percent={percent}
                  label={`${l.progressLabel}: ${enrollment.course.title}`}
                  caption={interpolate(l.lessonsDone, { done: enrollment.completed_lessons, total: enrollment.total_lessons })}
                  testId="my-course-progress"
                />
              )}
              {enrollment.certificate_code ? (
                <Link href={localizePath(locale, `/certificates/${enrollment.certificate_code}`)} className="small">
                  {a.certificate}
                </Link>
              ) : null}
            </span>
            {revoked ? (
              <Link href={localizePath(locale, `/courses/${enrollment.course.handle}`)} className="btn btn--ghost btn--small">
                {l.viewCourse}
              </Link>
            ) : (
              <Link href={localizePath(locale, `/learn/${enrollment.course.handle}`)} className="btn btn--primary btn--small">
                {a.continue}
              </Link>
            )}
          </li>
        )
      })}
    </ul>
  )
}
