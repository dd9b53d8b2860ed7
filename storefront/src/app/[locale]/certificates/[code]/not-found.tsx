import Link from "next/link"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { requestLocale } from "../../../../lib/i18n/request"

/** Unknown or invalid certificate code (answered with HTTP 404). */
export default async function CertificateNotFound() {
  const locale = await requestLocale()
  const dict = getDictionary(locale)
  const c = dict.courses.certificate
  return (
    <div className="container page page--narrow empty-state" data-testid="certificate-invalid">
      <p className="empty-state__code" aria-hidden="true">
        404
      </p>
      <h1 className="page__title">{c.invalid}</h1>
      <p>{c.invalidText}</p>
      <Link href={localizePath(locale)} className="btn btn--primary">
        {dict.notFound.backHome}
      </Link>
    </div>
  )
}
