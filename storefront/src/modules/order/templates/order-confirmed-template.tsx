import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { OrderSummary } from "../components/order-summary"

export function OrderConfirmedTemplate({
  order,
  locale,
  dict,
  signedIn,
}: {
  order: HttpTypes.StoreOrder
  locale: Locale
  dict: Dictionary
  signedIn: boolean
}) {
  return (
    <div className="container page page--narrow" data-testid="order-confirmation" data-order-id={order.id}>
      <header className="confirmation">
        <span className="confirmation__icon" aria-hidden="true">
          ✓
        </span>
        <h1 className="page__title">{dict.order.confirmedTitle}</h1>
        <p>{dict.order.confirmedText}</p>
        <p className="confirmation__number">
          {dict.order.orderNumber}: <strong data-testid="order-number">#{order.display_id}</strong>
        </p>
        {order.email ? <p className="muted">{interpolate(dict.order.emailSent, { email: order.email })}</p> : null}
      </header>
      <OrderSummary order={order} locale={locale} dict={dict} />
      <div className="actions-row">
        <Link href={localizePath(locale, "/store")} className="btn btn--primary">
          {dict.order.continueShopping}
        </Link>
        {signedIn ? (
          <Link href={localizePath(locale, "/account")} className="btn btn--ghost">
            {dict.order.viewAccount}
          </Link>
        ) : null}
      </div>
    </div>
  )
}
