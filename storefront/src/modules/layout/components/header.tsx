import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { getCartItemCount } from "../../../lib/data/cart"
import { listTopCategories } from "../../../lib/data/categories"
import { retrieveCustomer } from "../../../lib/data/customer"
import { getCurrentRegion, listRegions } from "../../../lib/data/regions"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { CartIcon, UserIcon } from "../../common/icons"
import { LocaleSwitcher } from "./locale-switcher"
import { RegionSwitcher } from "./region-switcher"

async function settle<T>(promise: Promise<T>, fallback: T): Promise<T> {
  try {
    return await promise
  } catch {
    return fallback
  }
}

/** Site header. Never throws: when the backend is down it still renders navigation. */
export async function Header({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  const [regions, region, categories, count, customer] = await Promise.all([
    settle(listRegions(), [] as HttpTypes.StoreRegion[]),
    settle(getCurrentRegion(), null),
    settle(listTopCategories(), [] as HttpTypes.StoreProductCategory[]),
    settle(getCartItemCount(), 0),
    settle(retrieveCustomer(), null),
  ])

  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar__inner">
          <p className="topbar__tagline">{dict.meta.tagline}</p>
          <div className="topbar__controls">
            {regions.length > 0 ? (
              <RegionSwitcher
                regions={regions.map((r) => ({ id: r.id, name: r.name, currency: r.currency_code }))}
                currentId={region?.id ?? null}
                label={dict.header.region}
                applyLabel={dict.header.apply}
              />
            ) : null}
            <LocaleSwitcher locale={locale} label={dict.header.language} names={dict.languages} />
          </div>
        </div>
      </div>
      <div className="container masthead">
        <Link href={localizePath(locale)} className="logo" aria-label={`${dict.meta.siteName} — ${dict.nav.home}`}>
          <span className="logo__mark" aria-hidden="true">
            V
          </span>
          <span className="logo__text">{dict.meta.siteName}</span>
        </Link>
        <nav className="mainnav" aria-label={dict.nav.mainNavigation}>
          <ul>
            <li>
              <Link href={localizePath(locale, "/store")}>{dict.nav.shop}</Link>
            </li>
            <li>
              <Link href={localizePath(locale, "/courses")} data-testid="nav-courses">
                {dict.nav.courses}
              </Link>
            </li>
            {/* the course catalogue has its own page (above): its category would repeat the link */}
            {categories
              .filter((category) => category.handle !== "courses")
              .slice(0, 4)
              .map((category) => (
                <li key={category.id}>
                  <Link href={localizePath(locale, `/categories/${category.handle}`)}>{category.name}</Link>
                </li>
              ))}
            <li>
              <Link href={localizePath(locale, "/vendor")} className="mainnav__sell" data-testid="sell-link">
                {dict.portal.nav.sell}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="masthead__actions">
          <form method="get" action={localizePath(locale, "/search")} role="search" className="header-search">
            <input
              type="search"
              name="q"
              className="field__input"
              aria-label={dict.search.headerLabel}
              placeholder={dict.search.title}
              maxLength={100}
              data-testid="header-search"
            />
          </form>
          <Link
            href={localizePath(locale, customer ? "/account" : "/account/login")}
            className="icon-link"
            data-testid="account-link"
          >
            <UserIcon />
            <span className="icon-link__label">{customer ? dict.nav.account : dict.nav.signIn}</span>
          </Link>
          <Link
            href={localizePath(locale, "/cart")}
            className="icon-link cart-link"
            data-testid="cart-link"
            aria-label={interpolate(dict.nav.cartLabel, { count })}
          >
            <CartIcon />
            <span className="icon-link__label">{dict.nav.cart}</span>
            <span className="cart-count" data-testid="cart-count">
              {count}
            </span>
          </Link>
        </div>
      </div>
    </header>
  )
}
