import Link from "next/link"
import { deleteVendorCourse, setCoursePublished } from "../../../lib/data/vendor-courses"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { CourseStats, VendorCourse } from "../../../types/courses"
import type { VendorSession } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"
import { ConfirmAction } from "../components/confirm-action"
import { CourseForm } from "../components/course-form"
import { CourseStatsPanel } from "../components/course-stats"
import { CurriculumBuilder } from "../components/curriculum-builder"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"
import { languageOptions } from "../options"

/** New course (`course` null) or the editor of one: fields, publishing, curriculum, statistics. */
export function CourseEditTemplate({
  session,
  course,
  stats,
  saved,
  locale,
  dict,
}: {
  session: VendorSession
  course: VendorCourse | null
  stats: CourseStats | null
  saved: boolean
  locale: Locale
  dict: Dictionary
}) {
  const c = dict.portal.courses
  const active = session.vendor.status === "active"
  const published = course?.status === "published"
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="courses">
      <Link href={localizePath(locale, "/vendor/courses")} className="muted">
        ← {c.backToList}
      </Link>
      <header className="page__head page__head--row">
        <div>
          <h1 className="page__title">{course ? course.title : c.new}</h1>
          {course ? (
            <p className="muted small">
              {c.status}:{" "}
              <span className={`pill pill--${course.status}`} data-testid="course-status" data-status={course.status}>
                {c.statuses[course.status] ?? course.status}
              </span>
            </p>
          ) : null}
        </div>
        {course && published ? (
          <Link href={localizePath(locale, `/courses/${course.handle}`)} className="btn btn--ghost btn--small" data-testid="course-view-link" data-handle={course.handle}>
            {c.viewInStore} ↗
          </Link>
        ) : null}
      </header>
      {saved ? (
        <Notice tone="ok" testId="course-saved">
          {c.saved}
        </Notice>
      ) : null}
      {session.vendor.kind !== "teacher" ? <p className="notice">{c.sellerOnly}</p> : null}

      {course ? (
        <section className="card stack" aria-label={c.status}>
          <ActionForm action={setCoursePublished} className="stack" errorTestId="course-error">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={course.id} />
            <input type="hidden" name="handle" value={course.handle} />
            <input type="hidden" name="publish" value={published ? "0" : "1"} />
            <p className="muted small">{c.publishHint}</p>
            <p>
              <SubmitButton className={published ? "btn btn--ghost" : "btn btn--primary"} pendingLabel={c.working} testId="course-publish">
                {published ? c.unpublish : c.publish}
              </SubmitButton>
            </p>
          </ActionForm>
        </section>
      ) : null}

      {!course && !active ? (
        <p className="notice">{c.notActive}</p>
      ) : (
        <CourseForm locale={locale} course={course} languages={languageOptions(locale)} dict={dict} />
      )}

      {course ? (
        <>
          <CurriculumBuilder courseId={course.id} sections={course.sections ?? []} locale={locale} labels={c} />
          <CourseStatsPanel stats={stats} dict={c} />
          {!published ? (
            <div className="section">
              <ConfirmAction
                action={deleteVendorCourse}
                label={c.deleteCourse}
                question={c.deleteConfirm}
                confirmLabel={c.deleteYes}
                pendingLabel={c.deleting}
                hidden={{ locale, id: course.id, handle: course.handle }}
                testId="course-delete"
              />
            </div>
          ) : null}
        </>
      ) : null}
    </PortalShell>
  )
}
