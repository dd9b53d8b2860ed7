import type { Metadata } from "next"
import { retrieveMyBalance } from "../../../../lib/data/vendor-orders"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { BalanceTemplate } from "../../../../modules/vendor-portal/templates/balance-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/balance", getDictionary(locale).portal.meta.balance)
}

export default async function VendorBalancePage({ params }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const result = await retrieveMyBalance()
  return (
    <BalanceTemplate
      session={session}
      balance={result.available ? result.data : null}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
