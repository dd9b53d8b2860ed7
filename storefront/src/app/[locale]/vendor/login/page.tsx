import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "../../../../lib/data/vendor-auth"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { portalMetadata } from "../../../../modules/vendor-portal/session"
import { VendorLoginTemplate } from "../../../../modules/vendor-portal/templates/login-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/login", getDictionary(locale).portal.meta.login)
}

export default async function VendorLoginPage({ params }: Props) {
  const locale = await resolveLocale(params)
  if (await retrieveVendorSession().catch(() => null)) {
    redirect(localizePath(locale, "/vendor"))
  }
  return <VendorLoginTemplate locale={locale} dict={getDictionary(locale)} />
}
