"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import type { Locale } from "../../../lib/i18n/config"
import { locales, splitLocalePath } from "../../../lib/i18n/config"
import { GlobeIcon } from "../../common/icons"

/** Links to the same page in the other languages. */
export function LocaleSwitcher({
  locale,
  label,
  names,
}: {
  locale: Locale
  label: string
  names: Record<Locale, string>
}) {
  const pathname = usePathname() ?? "/"
  const { rest } = splitLocalePath(pathname)
  return (
    <nav className="locale-switcher" aria-label={label} data-testid="locale-switcher">
      <GlobeIcon />
      <ul>
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={`/${l}${rest}`}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? "true" : undefined}
              className={l === locale ? "is-active" : undefined}
              title={names[l]}
              prefetch={false}
            >
              {l.toUpperCase()}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
