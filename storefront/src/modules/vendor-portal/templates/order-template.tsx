import Link from "next/link"
import { cancelVendorOrder, shipVendorOrder } from "../../../lib/data/vendor-orders"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { countryName, formatDate, interpolate } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import type { VendorOrder, VendorSession } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"
import { Thumbnail } from "../../common/components/thumbnail"
import { orderStatusLabel } from "../../order/components/order-summary"
import { ConfirmAction } from "../components/confirm-action"
import { PortalShell } from "../components/portal-shell"
import { fulfillmentLabel } from "./orders-template"

const SHIPPED = new Set(["shipped", "partially_delivered", "delivered"])

function trackingOf(order: VendorOrder): { carrier: string; number: string; date: string | null }[] {
  return (order.fulfillments ?? [])
    .filter((fulfillment) => !fulfillment.canceled_at)
    .flatMap((fulfillment) => {
      const carrier = typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : ""
      const labels = fulfillment.labels?.length ? fulfillment.labels : [{ tracking_number: null }]
      return labels.map((label) => ({
        carrier,
        number: label.tracking_number ?? "",
        date: fulfillment.shipped_at ?? null,
      }))
    })
}

export function OrderTemplate({
  session,
  order,
  locale,
  dict,
}: {
  session: VendorSession
  order: VendorOrder
  locale: Locale
  dict: Dictionary
}) {
  const o = dict.portal.orders
  const address = order.shipping_address
  const canceled = order.status === "canceled"
  const shipped = SHIPPED.has(order.fulfillment_status ?? "")
  const statusText = canceled
    ? orderStatusLabel(order.status, dict.order)
    : fulfillmentLabel(order.fulfillment_status, o) || orderStatusLabel(order.status, dict.order)
  const tracking = trackingOf(order)
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="orders">
      <Link href={localizePath(locale, "/vendor/orders")} className="muted">
        ← {o.backToList}
      </Link>
      <header className="page__head">
        <h1 className="page__title">{interpolate(o.order, { number: order.display_id })}</h1>
      </header>
      <div className="order-summary" data-testid="vendor-order" data-order-id={order.id}>
        <dl className="facts">
          <div>
            <dt>{o.date}</dt>
            <dd>{formatDate(order.created_at, locale)}</dd>
          </div>
          <div>
            <dt>{o.status}</dt>
            <dd data-testid="vendor-order-status" data-status={canceled ? "canceled" : order.fulfillment_status ?? order.status}>
              {statusText}
            </dd>
          </div>
          <div>
            <dt>{o.customer}</dt>
            <dd>{order.email ?? "—"}</dd>
          </div>
          <div>
            <dt>{o.total}</dt>
            <dd>{formatPrice(order.total, order.currency_code, locale)}</dd>
          </div>
        </dl>

        <section aria-labelledby="vendor-order-items">
          <h2 id="vendor-order-items" className="section__title section__title--small">
            {o.items}
          </h2>
          <ul className="line-items">
            {(order.items ?? []).map((item) => (
              <li key={item.id} className="line-item">
                <div className="line-item__media">
                  <Thumbnail src={item.thumbnail} alt="" width={72} height={72} placeholder={dict.product.noImage} />
                </div>
                <div>
                  <p className="line-item__title">{item.title}</p>
                  {item.variant_title ? <p className="line-item__variant muted">{item.variant_title}</p> : null}
                  <p className="line-item__unit muted">
                    {o.quantity}: {item.quantity} × {formatPrice(item.unit_price, order.currency_code, locale)}
                  </p>
                </div>
                <p className="line-item__total">
                  {formatPrice(item.total ?? item.unit_price * item.quantity, order.currency_code, locale)}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <div className="order-summary__grid">
          {address ? (
            <section aria-labelledby="vendor-order-address">
              <h2 id="vendor-order-address" className="section__title section__title--small">
                {o.shipTo}
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
                {address.phone ? (
                  <>
                    <br />
                    {address.phone}
                  </>
                ) : null}
              </address>
            </section>
          ) : null}
          {order.shipping_methods?.length ? (
            <section aria-labelledby="vendor-order-delivery">
              <h2 id="vendor-order-delivery" className="section__title section__title--small">
                {o.delivery}
              </h2>
              <ul className="plain-list">
                {order.shipping_methods.map((method) => (
                  <li key={method.id}>
                    {method.name} · {formatPrice(method.amount, order.currency_code, locale)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        {tracking.length > 0 ? (
          <section aria-labelledby="vendor-order-shipments">
            <h2 id="vendor-order-shipments" className="section__title section__title--small">
              {o.shipments}
            </h2>
            <ul className="plain-list" data-testid="vendor-order-tracking">
              {tracking.map((entry, index) => (
                <li key={index}>
                  {interpolate(o.tracking, { carrier: entry.carrier || "—", number: entry.number || "—" })}
                  {entry.date ? ` · ${interpolate(o.shippedOn, { date: formatDate(entry.date, locale) })}` : ""}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {!canceled && !shipped ? (
          <section className="card" aria-labelledby="vendor-order-ship">
            <h2 id="vendor-order-ship" className="section__title section__title--small">
              {o.ship}
            </h2>
            <p className="muted small">{o.shipIntro}</p>
            <ActionForm
              action={shipVendorOrder}
              className="form-grid ship-form"
              testId="ship-form"
              errorTestId="ship-error"
              successMessage={o.shipped}
              successTestId="ship-done"
            >
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={order.id} />
              <Field name="carrier" label={o.carrier} required />
              <Field name="tracking_number" label={o.trackingNumber} required />
              <div className="form-grid__full">
                <SubmitButton pendingLabel={o.shipping} testId="ship-submit">
                  {o.shipSubmit}
                </SubmitButton>
              </div>
            </ActionForm>
          </section>
        ) : null}

        {!canceled && !shipped ? (
          <ConfirmAction
            action={cancelVendorOrder}
            label={o.cancel}
            question={o.cancelConfirm}
            confirmLabel={o.cancelYes}
            pendingLabel={o.canceling}
            hidden={{ locale, id: order.id }}
            testId="order-cancel"
            successMessage={o.canceled}
          />
        ) : null}
      </div>
    </PortalShell>
  )
}
