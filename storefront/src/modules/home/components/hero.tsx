import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"

export function Hero({ locale, dict, coursesHref }: { locale: Locale; dict: Dictionary; coursesHref: string | null }) {
  return (
    <section className="hero">
      <div className="container hero__inner">
        <p className="hero__eyebrow">{dict.home.heroEyebrow}</p>
        <h1 className="hero__title">{dict.home.heroTitle}</h1>
        <p className="hero__text">{dict.home.heroText}</p>
        <div className="hero__actions">
          <Link href={localizePath(locale, "/store")} className="btn btn--primary btn--large">
            {dict.home.heroCta}
          </Link>
          {coursesHref ? (
            <Link href={coursesHref} className="btn btn--ghost btn--large">
              {dict.home.heroSecondary}
            </Link>
          ) : null}
        </div>
      </div>
    </section>
  )
}
