import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "../../../../../lib/data/customer"
import { retrieveOrder } from "../../../../../lib/data/orders"
import { localizePath } from "../../../../../lib/i18n/config"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../../lib/i18n/format"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { pageMetadata } from "../../../../../lib/metadata"
import { OrderSummary } from "../../../../../modules/order/components/order-summary"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { id } = await params
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: `/account/orders/${id}`, title: dict.meta.accountTitle, noIndex: true })
}

export default async function AccountOrderPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(localizePath(locale, "/account/login"))
  }
  const order = await retrieveOrder(id)
  if (!order || (order.customer_id && order.customer_id !== customer.id)) {
    notFound()
  }
  const dict = getDictionary(locale)
  return (
    <div className="container page page--narrow" data-testid="account-order" data-order-id={order.id}>
      <Link href={localizePath(locale, "/account")} className="muted">
        ← {dict.account.backToAccount}
      </Link>
      <h1 className="page__title">{interpolate(dict.meta.orderTitle, { number: order.display_id ?? "" })}</h1>
      <OrderSummary order={order} locale={locale} dict={dict} />
    </div>
  )
}
