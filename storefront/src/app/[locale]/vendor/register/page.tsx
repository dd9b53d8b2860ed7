import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "../../../../lib/data/vendor-auth"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { portalMetadata } from "../../../../modules/vendor-portal/session"
import { VendorRegisterTemplate } from "../../../../modules/vendor-portal/templates/register-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const meta = getDictionary(locale).portal.meta
  return portalMetadata(locale, "/vendor/register", meta.register, meta.registerDescription)
}

export default async function VendorRegisterPage({ params }: Props) {
  const locale = await resolveLocale(params)
  if (await retrieveVendorSession().catch(() => null)) {
    redirect(localizePath(locale, "/vendor"))
  }
  return <VendorRegisterTemplate locale={locale} dict={getDictionary(locale)} />
}
