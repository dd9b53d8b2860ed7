import Link from "next/link"
import type { ReactNode } from "react"
import { vendorLogout } from "../../../lib/data/vendor-auth"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { VendorSession } from "../../../types/vitrina"
import { SubmitButton } from "../../common/components/submit-button"
import { StatusBanner } from "./status-banner"

export type PortalSection = "dashboard" | "products" | "courses" | "questions" | "reviews" | "import" | "orders" | "balance"

/** Frame of every signed-in portal page: shop name, section navigation, sign-out, status banner. */
export function PortalShell({
  session,
  locale,
  dict,
  current,
  children,
}: {
  session: VendorSession
  locale: Locale
  dict: Dictionary
  current: PortalSection
  children: ReactNode
}) {
  const n = dict.portal.nav
  // Teachers build courses and answer their students; sellers list products.
  const catalog: { key: PortalSection; href: string; label: string }[] =
    session.vendor.kind === "teacher"
      ? [
          { key: "courses", href: "/vendor/courses", label: n.courses },
          { key: "questions", href: "/vendor/questions", label: n.questions },
        ]
      : [{ key: "products", href: "/vendor/products", label: n.products }]
  const sections: { key: PortalSection; href: string; label: string }[] = [
    { key: "dashboard", href: "/vendor", label: n.dashboard },
    ...catalog,
    { key: "reviews", href: "/vendor/reviews", label: n.reviews },
    { key: "import", href: "/vendor/import", label: n.import },
    { key: "orders", href: "/vendor/orders", label: n.orders },
    { key: "balance", href: "/vendor/balance", label: n.balance },
  ]
  return (
    <div className="container page portal" data-testid="vendor-portal">
      <div className="portal__bar">
        <div className="portal__shop">
          <p className="portal__eyebrow">{n.portal}</p>
          <p className="portal__name" data-testid="vendor-name">
            {session.vendor.name}
          </p>
        </div>
        <form action={vendorLogout}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="btn btn--ghost btn--small" testId="vendor-logout">
            {n.logout}
          </SubmitButton>
        </form>
      </div>
      <nav className="portal__nav" aria-label={n.portalNavigation}>
        <ul>
          {sections.map((section) => (
            <li key={section.key}>
              <Link
                href={localizePath(locale, section.href)}
                className={`chip${section.key === current ? " is-active" : ""}`}
                aria-current={section.key === current ? "page" : undefined}
                data-testid={`vendor-nav-${section.key}`}
              >
                {section.label}
              </Link>
            </li>
          ))}
          {session.vendor.status === "active" ? (
            <li>
              <Link href={localizePath(locale, `/vendors/${session.vendor.handle}`)} className="chip chip--link">
                {n.viewShop} ↗
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {current === "dashboard" || session.vendor.status !== "active" ? (
        <StatusBanner vendor={session.vendor} dict={dict.portal.status} />
      ) : null}
      <div className="portal__body">{children}</div>
    </div>
  )
}
