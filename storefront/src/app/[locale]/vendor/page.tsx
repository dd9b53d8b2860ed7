import type { Metadata } from "next"
import { countMyProducts } from "../../../lib/data/vendor-products"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { DashboardTemplate } from "../../../modules/vendor-portal/templates/dashboard-template"
import { firstParam, portalMetadata, requireVendorSession } from "../../../modules/vendor-portal/session"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor", getDictionary(locale).portal.meta.dashboard)
}

export default async function VendorDashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const counts = await countMyProducts().catch(() => null)
  const welcome = firstParam((await searchParams).welcome) === "1"
  return <DashboardTemplate session={session} counts={counts} welcome={welcome} locale={locale} dict={getDictionary(locale)} />
}
