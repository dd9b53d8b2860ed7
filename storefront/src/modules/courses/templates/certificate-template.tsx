import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate } from "../../../lib/i18n/format"
import type { PublicCertificate } from "../../../types/courses"
import { CheckBadgeIcon } from "../../common/icons"

/** The public verification page of a certificate. */
export function CertificateTemplate({ certificate, locale, dict }: { certificate: PublicCertificate; locale: Locale; dict: Dictionary }) {
  const c = dict.courses.certificate
  return (
    <div className="container page page--narrow">
      <section className="card stack certificate" data-testid="certificate-verified" aria-labelledby="certificate-title">
        <p className="certificate__seal">
          <CheckBadgeIcon size={28} />
          <span id="certificate-title" className="certificate__status">
            {c.verified}
          </span>
        </p>
        <p className="muted">{c.verifiedText}</p>
        <dl className="facts facts--stacked">
          <div>
            <dt>{c.student}</dt>
            <dd data-testid="certificate-student">{certificate.student_name}</dd>
          </div>
          <div>
            <dt>{c.course}</dt>
            <dd data-testid="certificate-course">
              {certificate.course_handle ? (
                <Link href={localizePath(locale, `/courses/${certificate.course_handle}`)}>{certificate.course_title}</Link>
              ) : (
                certificate.course_title
              )}
            </dd>
          </div>
          <div>
            <dt>{c.teacher}</dt>
            <dd data-testid="certificate-teacher">{certificate.teacher_name}</dd>
          </div>
          <div>
            <dt>{c.issued}</dt>
            <dd data-testid="certificate-issued">{formatDate(certificate.issued_at, locale)}</dd>
          </div>
          <div>
            <dt>{c.code}</dt>
            <dd>
              <code data-testid="certificate-code">{certificate.code}</code>
            </dd>
          </div>
        </dl>
      </section>
    </div>
  )
}
