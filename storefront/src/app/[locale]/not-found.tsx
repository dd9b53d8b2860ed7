import Link from "next/link"
import { localizePath } from "../../lib/i18n/config"
import { getDictionary } from "../../lib/i18n/dictionary"
import { requestLocale } from "../../lib/i18n/request"

export default async function NotFound() {
  const locale = await requestLocale()
  const dict = getDictionary(locale)
  return (
    <div className="container page page--narrow empty-state" data-testid="not-found">
      <p className="empty-state__code" aria-hidden="true">
        404
      </p>
      <h1 className="page__title">{dict.notFound.title}</h1>
      <p>{dict.notFound.text}</p>
      <Link href={localizePath(locale)} className="btn btn--primary">
        {dict.notFound.backHome}
      </Link>
    </div>
  )
}
