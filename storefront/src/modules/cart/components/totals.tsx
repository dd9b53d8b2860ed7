import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatPrice } from "../../../lib/util/money"

export type TotalsSource = {
  currency_code: string
  item_subtotal?: number | null
  shipping_subtotal?: number | null
  tax_total?: number | null
  discount_total?: number | null
  total?: number | null
}

/** Subtotal, shipping, taxes, discount and total of a cart or an order. */
export function Totals({
  source,
  locale,
  dict,
  shippingPending,
}: {
  source: TotalsSource
  locale: Locale
  dict: Dictionary["cart"]
  shippingPending?: boolean
}) {
  const money = (amount: number | null | undefined) => formatPrice(amount ?? 0, source.currency_code, locale)
  return (
    <dl className="totals" data-testid="totals">
      <div className="totals__row">
        <dt>{dict.subtotal}</dt>
        <dd data-testid="subtotal">{money(source.item_subtotal)}</dd>
      </div>
      <div className="totals__row">
        <dt>{dict.shipping}</dt>
        <dd data-testid="shipping-total">
          {shippingPending ? <span className="muted">{dict.shippingAtCheckout}</span> : money(source.shipping_subtotal)}
        </dd>
      </div>
      {source.discount_total ? (
        <div className="totals__row">
          <dt>{dict.discount}</dt>
          <dd>−{money(source.discount_total)}</dd>
        </div>
      ) : null}
      <div className="totals__row">
        <dt>{dict.taxes}</dt>
        <dd data-testid="tax-total">{money(source.tax_total)}</dd>
      </div>
      <div className="totals__row totals__row--total">
        <dt>{dict.total}</dt>
        <dd data-testid="cart-total">{money(source.total)}</dd>
      </div>
    </dl>
  )
}
