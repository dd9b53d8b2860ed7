import { initiatePayment } from "../../../lib/data/cart"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"

export const SYSTEM_PROVIDER = "pp_system_default"

export function paymentProviderLabel(id: string, dict: Dictionary["checkout"]): string {
  return id === SYSTEM_PROVIDER ? dict.paymentSystem : interpolate(dict.paymentOther, { id })
}

export function PaymentStep({
  providers,
  selected,
  locale,
  dict,
}: {
  providers: string[]
  selected: string | null
  locale: Locale
  dict: Dictionary["checkout"]
}) {
  if (providers.length === 0) {
    return <p className="notice">{dict.noPaymentProviders}</p>
  }
  // The system provider first: it is the one this storefront fully supports.
  const ordered = [...providers].sort((a, b) => Number(b === SYSTEM_PROVIDER) - Number(a === SYSTEM_PROVIDER))
  const checked = selected && ordered.includes(selected) ? selected : ordered[0]
  return (
    <ActionForm action={initiatePayment} className="stack" testId="payment-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="radio-group">
        <legend className="sr-only">{dict.paymentMethod}</legend>
        {ordered.map((id) => (
          <label key={id} className="radio-card">
            <input type="radio" name="provider_id" value={id} defaultChecked={id === checked} data-testid="payment-provider" />
            <span className="radio-card__label">
              {paymentProviderLabel(id, dict)}
              {id === SYSTEM_PROVIDER ? <span className="radio-card__hint">{dict.paymentSystemHint}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton className="btn btn--primary btn--large" pendingLabel={dict.saving} testId="submit-payment">
        {dict.continueToReview}
      </SubmitButton>
    </ActionForm>
  )
}
