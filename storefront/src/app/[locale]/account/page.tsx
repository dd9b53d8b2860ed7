import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listMyEnrollments } from "../../../lib/data/courses"
import { retrieveCustomer } from "../../../lib/data/customer"
import { listOrders } from "../../../lib/data/orders"
import { localizePath } from "../../../lib/i18n/config"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { AccountTemplate } from "../../../modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/account", title: dict.meta.accountTitle, noIndex: true })
}

export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(localizePath(locale, "/account/login"))
  }
  const [{ orders }, enrollments] = await Promise.all([listOrders({ limit: 50 }), listMyEnrollments().catch(() => null)])
  return (
    <AccountTemplate customer={customer} orders={orders} enrollments={enrollments} locale={locale} dict={getDictionary(locale)} />
  )
}
