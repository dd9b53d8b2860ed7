import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { logout } from "../../../lib/data/customer"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate, interpolate, plural } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import { SubmitButton } from "../../common/components/submit-button"
import { MyCourses } from "../../courses/components/my-courses"
import { orderStatusLabel } from "../../order/components/order-summary"
import type { EnrollmentSummary } from "../../../types/courses"

export function AccountTemplate({
  customer,
  orders,
  enrollments,
  locale,
  dict,
}: {
  customer: HttpTypes.StoreCustomer
  orders: HttpTypes.StoreOrder[]
  /** null when the courses API could not be read: the section is left out. */
  enrollments: EnrollmentSummary[] | null
  locale: Locale
  dict: Dictionary
}) {
  const a = dict.account
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return (
    <div className="container page" data-testid="account-page">
      <header className="page__head page__head--row">
        <h1 className="page__title">{interpolate(a.welcome, { name: customer.first_name || customer.email })}</h1>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="btn btn--ghost" testId="logout-button">
            {a.logout}
          </SubmitButton>
        </form>
      </header>
      <div className="account-layout">
        <section className="card" aria-labelledby="account-profile">
          <h2 id="account-profile" className="section__title section__title--small">
            {a.profile}
          </h2>
          <dl className="facts facts--stacked" data-testid="account-profile">
            <div>
              <dt>{a.name}</dt>
              <dd>{name || "—"}</dd>
            </div>
            <div>
              <dt>{a.email}</dt>
              <dd data-testid="account-email">{customer.email}</dd>
            </div>
            {customer.phone ? (
              <div>
                <dt>{a.phone}</dt>
                <dd>{customer.phone}</dd>
              </div>
            ) : null}
            {customer.created_at ? (
              <div>
                <dt>{a.memberSince}</dt>
                <dd>{formatDate(customer.created_at, locale)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <div className="stack">
        {enrollments ? (
          <section aria-labelledby="account-courses" data-testid="account-courses">
            <div className="section__head">
              <h2 id="account-courses" className="section__title section__title--small">
                {dict.courses.account.title}
              </h2>
              {enrollments.length > 0 ? (
                <Link href={localizePath(locale, "/account/courses")} className="section__more">
                  {dict.courses.account.viewAll} →
                </Link>
              ) : null}
            </div>
            <MyCourses enrollments={enrollments} locale={locale} dict={dict} />
          </section>
        ) : null}
        <section aria-labelledby="account-orders">
          <h2 id="account-orders" className="section__title section__title--small">
            {a.orders}
          </h2>
          {orders.length === 0 ? (
            <p className="empty" data-testid="no-orders">
              {a.noOrders}
            </p>
          ) : (
            <ul className="order-list">
              {orders.map((order) => {
                const units = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
                return (
                  <li key={order.id}>
                    <Link
                      href={localizePath(locale, `/account/orders/${order.id}`)}
                      className="order-row"
                      data-testid="order-row"
                      data-order-id={order.id}
                    >
                      <span className="order-row__number">
                        {a.orderNumber} #{order.display_id}
                      </span>
                      <span className="order-row__date muted">{formatDate(order.created_at, locale)}</span>
                      <span className="order-row__items muted">{plural(locale, units, dict.cart.items)}</span>
                      <span className="order-row__status">{orderStatusLabel(order.status, dict.order)}</span>
                      <span className="order-row__total">{formatPrice(order.total, order.currency_code, locale)}</span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          )}
        </section>
        </div>
      </div>
    </div>
  )
}
