import type { Metadata } from "next"
import { getMyVerification, listMyModerationCases } from "../../../../lib/data/vendor-trust"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { VerificationTemplate } from "../../../../modules/vendor-portal/templates/verification-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/verification", getDictionary(locale).portal.meta.verification)
}

export default async function VendorVerificationPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const [verification, cases] = await Promise.all([getMyVerification(), listMyModerationCases()])
  return <VerificationTemplate session={session} verification={verification} cases={cases} locale={locale} dict={getDictionary(locale)} />
}
