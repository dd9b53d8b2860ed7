import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "../../../../lib/data/customer"
import { localizePath } from "../../../../lib/i18n/config"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { safeReturnPath } from "../../../../lib/util/course"
import { LoginTemplate } from "../../../../modules/account/templates/login-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/account/login", title: dict.meta.loginTitle })
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const next = safeReturnPath((await searchParams).next)
  if (await retrieveCustomer().catch(() => null)) {
    redirect(next ?? localizePath(locale, "/account"))
  }
  return <LoginTemplate locale={locale} dict={getDictionary(locale).account} next={next} />
}
