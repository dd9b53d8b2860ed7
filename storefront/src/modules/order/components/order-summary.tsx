import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { countryName, formatDate } from "../../../lib/i18n/format"
import { LineItems } from "../../cart/components/line-items"
import { Totals } from "../../cart/components/totals"

export function orderStatusLabel(status: string, dict: Dictionary["order"]): string {
  const statuses: Record<string, string> = dict.statuses
  return statuses[status] ?? status
}

/** Items, totals, address and delivery of an order (confirmation and account pages). */
export function OrderSummary({ order, locale, dict }: { order: HttpTypes.StoreOrder; locale: Locale; dict: Dictionary }) {
  const address = order.shipping_address
  return (
    <div className="order-summary">
      <dl className="facts">
        <div>
          <dt>{dict.order.orderNumber}</dt>
          <dd data-testid="order-display-id">#{order.display_id}</dd>
        </div>
        <div>
          <dt>{dict.order.orderDate}</dt>
          <dd>{formatDate(order.created_at, locale)}</dd>
        </div>
        <div>
          <dt>{dict.order.status}</dt>
          <dd data-testid="order-status">{orderStatusLabel(order.status, dict.order)}</dd>
        </div>
        {order.email ? (
          <div>
            <dt>{dict.checkout.email}</dt>
            <dd data-testid="order-email">{order.email}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="order-items">
        <h2 id="order-items" className="section__title section__title--small">
          {dict.order.items}
        </h2>
        <LineItems items={order.items ?? []} currencyCode={order.currency_code} locale={locale} dict={dict} />
        <Totals source={order} locale={locale} dict={dict.cart} />
      </section>

      <div className="order-summary__grid">
        {address ? (
          <section aria-labelledby="order-address">
            <h2 id="order-address" className="section__title section__title--small">
              {dict.order.shippingAddress}
            </h2>
            <address className="address">
              {address.first_name} {address.last_name}
              <br />
              {address.address_1}
              {address.address_2 ? (
                <>
                  <br />
                  {address.address_2}
                </>
              ) : null}
              <br />
              {address.postal_code} {address.city}
              <br />
              {countryName(address.country_code, locale)}
            </address>
          </section>
        ) : null}
        {order.shipping_methods && order.shipping_methods.length > 0 ? (
          <section aria-labelledby="order-delivery">
            <h2 id="order-delivery" className="section__title section__title--small">
              {dict.order.delivery}
            </h2>
            <ul className="plain-list">
              {order.shipping_methods.map((method) => (
                <li key={method.id}>{method.name}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}
