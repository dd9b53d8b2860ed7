import { placeOrder } from "../../../lib/data/cart"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"

export function ReviewStep({ locale, dict }: { locale: Locale; dict: Dictionary["checkout"] }) {
  return (
    <ActionForm action={placeOrder} className="stack" testId="review-form" errorTestId="place-order-error">
      <input type="hidden" name="locale" value={locale} />
      <p className="muted">{dict.reviewHint}</p>
      <SubmitButton className="btn btn--primary btn--large btn--block" pendingLabel={dict.placingOrder} testId="place-order">
        {dict.placeOrder}
      </SubmitButton>
    </ActionForm>
  )
}
