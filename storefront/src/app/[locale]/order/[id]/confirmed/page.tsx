import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCustomer } from "../../../../../lib/data/customer"
import { retrieveOrder } from "../../../../../lib/data/orders"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { pageMetadata } from "../../../../../lib/metadata"
import { OrderConfirmedTemplate } from "../../../../../modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { id } = await params
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: `/order/${id}/confirmed`, title: dict.meta.orderConfirmedTitle, noIndex: true })
}

export default async function OrderConfirmedPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const [order, customer] = await Promise.all([retrieveOrder(id), retrieveCustomer()])
  if (!order) {
    notFound()
  }
  return <OrderConfirmedTemplate order={order} locale={locale} dict={getDictionary(locale)} signedIn={customer !== null} />
}
