import type { Metadata } from "next"
import { redirect } from "next/navigation"
import type { ShippingOptionView } from "../../../lib/data/cart"
import { listPaymentProviders, listShippingOptions, retrieveCart } from "../../../lib/data/cart"
import { retrieveCustomer } from "../../../lib/data/customer"
import { localizePath } from "../../../lib/i18n/config"
import { getDictionary } from "../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../lib/i18n/route"
import { pageMetadata } from "../../../lib/metadata"
import { activeStep, deliveryComplete } from "../../../lib/util/checkout"
import { CheckoutTemplate } from "../../../modules/checkout/templates/checkout-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  return pageMetadata({ locale, path: "/checkout", title: dict.meta.checkoutTitle, noIndex: true })
}

const ACTIVE_SESSION_STATUSES = new Set(["pending", "authorized", "requires_more"])

export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const dict = getDictionary(locale)
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart || !cart.items?.length) {
    redirect(localizePath(locale, "/cart"))
  }

  const needsShipping = cart.items.some((item) => item.requires_shipping !== false)
  const address = cart.shipping_address
  const addressDone = Boolean(
    cart.email && address?.first_name && address.address_1 && address.city && address.country_code
  )

  let shippingOptions: ShippingOptionView[] = []
  if (addressDone && needsShipping) {
    shippingOptions = await listShippingOptions(cart.id).catch(() => [])
  }
  const chosen = (cart.shipping_methods ?? [])
    .map((method) => method.shipping_option_id)
    .filter((id): id is string => Boolean(id))
  const deliveryDone = !needsShipping || (addressDone && deliveryComplete(shippingOptions, chosen))

  const activeSession = (cart.payment_collection?.payment_sessions ?? []).find((session) =>
    ACTIVE_SESSION_STATUSES.has(session.status)
  )
  const paymentDone = deliveryDone && Boolean(activeSession)
  const progress = { addressDone, deliveryDone, paymentDone }
  const { step: requested } = await searchParams
  const requestedStep = typeof requested === "string" ? requested : undefined
  // Nothing to ship (e.g. only courses): the delivery step has nothing to ask.
  const step = activeStep(progress, !needsShipping && requestedStep === "delivery" ? undefined : requestedStep)

  const paymentProviders =
    step === "payment" && cart.region_id ? await listPaymentProviders(cart.region_id).catch(() => []) : []

  return (
    <CheckoutTemplate
      cart={cart}
      customer={customer}
      locale={locale}
      dict={dict}
      step={step}
      completed={{ address: addressDone, delivery: deliveryDone, payment: paymentDone, review: false }}
      needsShipping={needsShipping}
      shippingOptions={shippingOptions}
      paymentProviders={paymentProviders}
      activeProvider={activeSession?.provider_id ?? null}
    />
  )
}
