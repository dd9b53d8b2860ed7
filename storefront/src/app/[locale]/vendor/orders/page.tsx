import type { Metadata } from "next"
import { listMyOrders } from "../../../../lib/data/vendor-orders"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageParam } from "../../../../lib/util/vendor-portal"
import { portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { OrdersTemplate } from "../../../../modules/vendor-portal/templates/orders-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/orders", getDictionary(locale).portal.meta.orders)
}

export default async function VendorOrdersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const page = pageParam((await searchParams).page)
  const result = await listMyOrders({ page, limit: PAGE_SIZE })
  return (
    <OrdersTemplate
      session={session}
      orders={result.available ? result.data.orders : null}
      page={page}
      pageCount={result.available ? Math.max(1, Math.ceil(result.data.count / PAGE_SIZE)) : 1}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
