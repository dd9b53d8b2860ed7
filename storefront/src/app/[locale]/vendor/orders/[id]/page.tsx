import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveMyOrder } from "../../../../../lib/data/vendor-orders"
import { getDictionary } from "../../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../../lib/i18n/format"
import { resolveLocale } from "../../../../../lib/i18n/route"
import { portalMetadata, requireVendorSession } from "../../../../../modules/vendor-portal/session"
import { OrderTemplate } from "../../../../../modules/vendor-portal/templates/order-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { id } = await params
  const order = await retrieveMyOrder(id).catch(() => null)
  const meta = getDictionary(locale).portal.meta
  return portalMetadata(locale, `/vendor/orders/${id}`, order ? interpolate(meta.order, { number: order.display_id }) : meta.orders)
}

export default async function VendorOrderPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  const session = await requireVendorSession(locale)
  const order = await retrieveMyOrder(id)
  if (!order) {
    notFound()
  }
  return <OrderTemplate session={session} order={order} locale={locale} dict={getDictionary(locale)} />
}
