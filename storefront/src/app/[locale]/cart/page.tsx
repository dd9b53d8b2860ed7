import type { Metadata } from "next"
import { retrieveCart } from "../../../lib/data/cart"
import { retrieveCustomer } from "../../../lib/data/customer"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { CartTemplate } from "../../../modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/cart", title: dict.meta.cartTitle, noIndex: true })
}

export default async function CartPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  return <CartTemplate cart={cart} locale={locale} dict={dict} signedIn={customer !== null} />
}
