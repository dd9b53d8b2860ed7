import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"

export function Footer({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <footer className="site-footer">
      <div className="container footer__grid">
        <div>
          <p className="logo logo--footer">
            <span className="logo__mark" aria-hidden="true">
              V
            </span>
            <span className="logo__text">{dict.meta.siteName}</span>
          </p>
          <p className="footer__about">{dict.footer.about}</p>
        </div>
        <div>
          <h2 className="footer__title">{dict.footer.shop}</h2>
          <ul className="footer__links">
            <li>
              <Link href={localizePath(locale, "/store")}>{dict.footer.allProducts}</Link>
            </li>
          </ul>
        </div>
        <div>
          <h2 className="footer__title">{dict.footer.customer}</h2>
          <ul className="footer__links">
            <li>
              <Link href={localizePath(locale, "/account")}>{dict.footer.account}</Link>
            </li>
            <li>
              <Link href={localizePath(locale, "/cart")}>{dict.footer.cart}</Link>
            </li>
          </ul>
        </div>
        <div>
          <h2 className="footer__title">{dict.footer.vendors}</h2>
          <ul className="footer__links">
            <li>
              <Link href={localizePath(locale, "/vendor/register")} data-testid="footer-sell-link">
                {dict.portal.nav.sell}
              </Link>
            </li>
            <li>
              <Link href={localizePath(locale, "/vendor")}>{dict.portal.nav.portal}</Link>
            </li>
          </ul>
        </div>
      </div>
      <div className="container footer__bottom">
        <p>{interpolate(dict.footer.rights, { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
