import Link from "next/link"
import type { ReactNode } from "react"
import type { HttpTypes } from "@medusajs/types"
import type { ShippingOptionView } from "../../../lib/data/cart"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { countryName } from "../../../lib/i18n/format"
import type { CheckoutStep } from "../../../lib/util/checkout"
import { CHECKOUT_STEPS } from "../../../lib/util/checkout"
import { LineItems } from "../../cart/components/line-items"
import { Totals } from "../../cart/components/totals"
import { AddressStep } from "../components/address-step"
import { DeliveryStep } from "../components/delivery-step"
import { PaymentStep, paymentProviderLabel } from "../components/payment-step"
import { ReviewStep } from "../components/review-step"

type CheckoutTemplateProps = {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  locale: Locale
  dict: Dictionary
  step: CheckoutStep
  completed: Record<CheckoutStep, boolean>
  needsShipping: boolean
  shippingOptions: ShippingOptionView[]
  paymentProviders: string[]
  activeProvider: string | null
}

export function CheckoutTemplate({
  cart,
  customer,
  locale,
  dict,
  step,
  completed,
  needsShipping,
  shippingOptions,
  paymentProviders,
  activeProvider,
}: CheckoutTemplateProps) {
  const d = dict.checkout
  const titles: Record<CheckoutStep, string> = {
    address: d.stepAddress,
    delivery: d.stepDelivery,
    payment: d.stepPayment,
    review: d.stepReview,
  }
  const address = cart.shipping_address
  const chosenOptionIds = (cart.shipping_methods ?? [])
    .map((method) => method.shipping_option_id)
    .filter((id): id is string => Boolean(id))
  const summaries: Record<CheckoutStep, ReactNode> = {
    address: address ? (
      <div className="step-summary" data-testid="address-summary">
        <p>
          <strong>{d.contact}:</strong> {cart.email}
        </p>
        <p>
          <strong>{d.shipTo}:</strong> {address.first_name} {address.last_name}, {address.address_1}
          {address.address_2 ? `, ${address.address_2}` : ""}, {address.postal_code} {address.city},{" "}
          {countryName(address.country_code, locale)}
        </p>
      </div>
    ) : null,
    delivery: needsShipping ? (
      <p className="step-summary">
        <strong>{d.deliveryMethod}:</strong>{" "}
        {(cart.shipping_methods ?? []).map((method) => method.name).join(", ")}
      </p>
    ) : (
      <p className="step-summary">{d.noShippingNeeded}</p>
    ),
    payment: activeProvider ? (
      <p className="step-summary">
        <strong>{d.paymentMethod}:</strong> {paymentProviderLabel(activeProvider, d)}
      </p>
    ) : null,
    review: null,
  }

  const body = (current: CheckoutStep) => {
    switch (current) {
      case "address":
        return <AddressStep cart={cart} customer={customer} locale={locale} dict={d} />
      case "delivery":
        return needsShipping ? (
          <DeliveryStep
            options={shippingOptions}
            selectedOptionIds={chosenOptionIds}
            currencyCode={cart.currency_code}
            locale={locale}
            dict={d}
          />
        ) : (
          <p className="step-summary">{d.noShippingNeeded}</p>
        )
      case "payment":
        return (
          <PaymentStep providers={paymentProviders} selected={activeProvider} locale={locale} dict={d} />
        )
      case "review":
        return <ReviewStep locale={locale} dict={d} />
    }
  }

  return (
    <div className="container page">
      <header className="page__head">
        <h1 className="page__title">{d.title}</h1>
        <Link href={localizePath(locale, "/cart")} className="muted">
          ← {d.backToCart}
        </Link>
      </header>
      <div className="checkout-layout">
        <ol className="steps">
          {CHECKOUT_STEPS.map((current, index) => {
            const isActive = current === step
            const isDone = completed[current] && !isActive
            return (
              <li
                key={current}
                className={`step${isActive ? " is-active" : ""}${isDone ? " is-done" : ""}`}
                data-testid={`checkout-step-${current}`}
                aria-current={isActive ? "step" : undefined}
              >
                <div className="step__head">
                  <h2 className="step__title">
                    <span className="step__number" aria-hidden="true">
                      {isDone ? "✓" : index + 1}
                    </span>
                    {titles[current]}
                  </h2>
                  {isDone && current !== "review" && (needsShipping || current !== "delivery") ? (
                    <Link
                      href={`${localizePath(locale, "/checkout")}?step=${current}`}
                      className="step__edit"
                      data-testid={`edit-${current}`}
                    >
                      {d.edit}
                    </Link>
                  ) : null}
                </div>
                {isActive ? <div className="step__body">{body(current)}</div> : isDone ? summaries[current] : null}
              </li>
            )
          })}
        </ol>
        <aside className="summary" aria-labelledby="checkout-summary">
          <h2 id="checkout-summary" className="summary__title">
            {dict.cart.summary}
          </h2>
          <LineItems items={cart.items ?? []} currencyCode={cart.currency_code} locale={locale} dict={dict} />
          <Totals
            source={cart}
            locale={locale}
            dict={dict.cart}
            shippingPending={needsShipping && !(cart.shipping_methods ?? []).length}
          />
          <p className="muted small">{d.secure}</p>
        </aside>
      </div>
    </div>
  )
}
