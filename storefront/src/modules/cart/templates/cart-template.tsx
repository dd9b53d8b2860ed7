import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { plural } from "../../../lib/i18n/format"
import { LineItems } from "../components/line-items"
import { Totals } from "../components/totals"

export function CartTemplate({
  cart,
  locale,
  dict,
  signedIn,
}: {
  cart: HttpTypes.StoreCart | null
  locale: Locale
  dict: Dictionary
  signedIn: boolean
}) {
  const items = cart?.items ?? []
  if (!cart || items.length === 0) {
    return (
      <div className="container page page--narrow empty-state" data-testid="cart-empty">
        <h1 className="page__title">{dict.cart.title}</h1>
        <p>{dict.cart.empty}</p>
        <Link href={localizePath(locale, "/store")} className="btn btn--primary">
          {dict.cart.emptyCta}
        </Link>
      </div>
    )
  }
  const count = items.reduce((sum, item) => sum + item.quantity, 0)
  return (
    <div className="container page">
      <header className="page__head">
        <h1 className="page__title">{dict.cart.title}</h1>
        <p className="muted">{plural(locale, count, dict.cart.items)}</p>
      </header>
      <div className="cart-layout">
        <section aria-label={dict.cart.product}>
          <LineItems items={items} currencyCode={cart.currency_code} locale={locale} dict={dict} editable />
          {!signedIn ? (
            <p className="muted cart-hint">
              <Link href={localizePath(locale, "/account/login")}>{dict.cart.signInHint}</Link>
            </p>
          ) : null}
        </section>
        <aside className="summary" aria-labelledby="cart-summary">
          <h2 id="cart-summary" className="summary__title">
            {dict.cart.summary}
          </h2>
          <Totals source={cart} locale={locale} dict={dict.cart} shippingPending={!cart.shipping_methods?.length} />
          <Link href={localizePath(locale, "/checkout")} className="btn btn--primary btn--block btn--large" data-testid="checkout-button">
            {dict.cart.checkout}
          </Link>
          <Link href={localizePath(locale, "/store")} className="btn btn--ghost btn--block">
            {dict.cart.continueShopping}
          </Link>
        </aside>
      </div>
    </div>
  )
}
