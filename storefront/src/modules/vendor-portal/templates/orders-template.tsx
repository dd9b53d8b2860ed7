import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate, interpolate, plural } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import type { VendorOrder, VendorSession } from "../../../types/vitrina"
import { Pagination } from "../../common/components/pagination"
import { orderStatusLabel } from "../../order/components/order-summary"
import { PortalShell } from "../components/portal-shell"

export function fulfillmentLabel(status: string | null | undefined, dict: Dictionary["portal"]["orders"]): string {
  if (!status) return ""
  return (dict.fulfillmentStatuses as Record<string, string>)[status] ?? status
}

export function OrdersTemplate({
  session,
  orders,
  page,
  pageCount,
  locale,
  dict,
}: {
  session: VendorSession
  /** null while the backend has no vendor order API yet. */
  orders: VendorOrder[] | null
  page: number
  pageCount: number
  locale: Locale
  dict: Dictionary
}) {
  const o = dict.portal.orders
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="orders">
      <header className="page__head">
        <h1 className="page__title">{o.title}</h1>
      </header>
      {orders === null ? (
        <p className="empty" data-testid="vendor-orders-unavailable">
          {o.unavailable}
        </p>
      ) : orders.length === 0 ? (
        <p className="empty" data-testid="vendor-orders-empty">
          {o.empty}
        </p>
      ) : (
        <ul className="order-list">
          {orders.map((order) => {
            const units = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
            return (
              <li key={order.id}>
                <Link
                  href={localizePath(locale, `/vendor/orders/${order.id}`)}
                  className="order-row"
                  data-testid="vendor-order-row"
                  data-order-id={order.id}
                >
                  <span className="order-row__number">{interpolate(o.order, { number: order.display_id })}</span>
                  <span className="order-row__date muted">{formatDate(order.created_at, locale)}</span>
                  <span className="order-row__items muted">{plural(locale, units, dict.cart.items)}</span>
                  <span className="order-row__status">
                    {order.fulfillment_status
                      ? fulfillmentLabel(order.fulfillment_status, o)
                      : orderStatusLabel(order.status, dict.order)}
                  </span>
                  <span className="order-row__total">{formatPrice(order.total, order.currency_code, locale)}</span>
                </Link>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => localizePath(locale, target > 1 ? `/vendor/orders?page=${target}` : "/vendor/orders")}
        dict={dict.store}
      />
    </PortalShell>
  )
}
