import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "../../../../lib/data/customer"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { RegisterTemplate } from "../../../../modules/account/templates/register-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/account/register", title: dict.meta.registerTitle })
}

export default async function RegisterPage({ params }: Props) {
  const locale = await resolveLocale(params)
  if (await retrieveCustomer().catch(() => null)) {
    redirect(localizePath(locale, "/account"))
  }
  return <RegisterTemplate locale={locale} dict={getDictionary(locale).account} />
}
