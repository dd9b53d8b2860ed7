import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { percentInt } from "../../../lib/util/course"
import type { CourseStats } from "../../../types/courses"

/**
 * A rate that may come as a fraction (0.5) or a percentage (50): when it equals the fraction the
 * counts give, it is a fraction; values above 1 are percentages.
 */
export function ratePercent(value: number, fraction: number | null): number {
  if (value > 1) return percentInt(value)
  if (fraction !== null && Math.abs(value - fraction) < 0.005 && value > 0) return percentInt(value * 100)
  return percentInt(value)
}

/** The teacher's statistics of one course (`GET /vendor/courses/:id/stats`). */
export function CourseStatsPanel({ stats, dict }: { stats: CourseStats | null; dict: Dictionary["portal"]["courses"] }) {
  return (
    <section className="card stack" aria-labelledby="course-stats-title" data-testid="course-stats">
      <h2 id="course-stats-title" className="section__title section__title--small">
        {dict.stats}
      </h2>
      {!stats ? (
        <p className="muted">{dict.statsUnavailable}</p>
      ) : (
        <>
          <dl className="stat-grid stat-grid--four">
            <div className="stat">
              <dt>{dict.students}</dt>
              <dd data-testid="stat-students">{stats.students}</dd>
            </div>
            <div className="stat">
              <dt>{dict.completionRate}</dt>
              <dd data-testid="stat-completion">
                {ratePercent(stats.completion_rate, stats.students > 0 ? stats.completed / stats.students : null)}%
              </dd>
            </div>
            <div className="stat">
              <dt>{dict.averageProgress}</dt>
              <dd data-testid="stat-average">{ratePercent(stats.average_progress, null)}%</dd>
            </div>
            <div className="stat">
              <dt>{dict.dropOff}</dt>
              <dd data-testid="stat-dropoff" className="stat__text" data-lesson-id={stats.drop_off?.lesson_id ?? ""}>
                {stats.drop_off ? interpolate(dict.dropOffValue, { title: stats.drop_off.title, count: stats.drop_off.students }) : dict.dropOffNone}
              </dd>
            </div>
          </dl>
          {stats.lessons.length > 0 ? (
            <div className="table-scroll">
              <table className="data-table data-table--numbers" data-testid="stats-lessons">
                <thead>
                  <tr>
                    <th scope="col">{dict.lesson}</th>
                    <th scope="col">{dict.started}</th>
                    <th scope="col">{dict.completedCol}</th>
                    <th scope="col">{dict.stoppedHere}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.lessons.map((lesson) => (
                    <tr key={lesson.lesson_id} data-lesson-id={lesson.lesson_id}>
                      <th scope="row">
                        {lesson.title}
                        <span className="muted small"> · {lesson.section_title}</span>
                      </th>
                      <td>{lesson.started}</td>
                      <td>{lesson.completed}</td>
                      <td>{lesson.stopped_here}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}
