import type { ShippingOptionView } from "../../../lib/data/cart"
import { setShippingMethods } from "../../../lib/data/cart"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"

/** Groups options by shipping profile: one method is needed per profile (e.g. per seller). */
export function groupShippingOptions(options: ShippingOptionView[]): ShippingOptionView[][] {
  const groups = new Map<string, ShippingOptionView[]>()
  for (const option of options) {
    groups.set(option.profileId, [...(groups.get(option.profileId) ?? []), option])
  }
  return Array.from(groups.values())
}

export function DeliveryStep({
  options,
  selectedOptionIds,
  currencyCode,
  locale,
  dict,
}: {
  options: ShippingOptionView[]
  selectedOptionIds: string[]
  currencyCode: string
  locale: Locale
  dict: Dictionary["checkout"]
}) {
  if (options.length === 0) {
    return (
      <p className="notice" data-testid="no-shipping-options">
        {dict.noShippingOptions}
      </p>
    )
  }
  const groups = groupShippingOptions(options)
  return (
    <ActionForm action={setShippingMethods} className="stack" testId="shipping-form">
      <input type="hidden" name="locale" value={locale} />
      {groups.map((group, groupIndex) => {
        const selected = group.find((option) => selectedOptionIds.includes(option.id))?.id ?? (group.length === 1 ? group[0].id : null)
        return (
          <fieldset key={group[0].profileId} className="radio-group">
            <legend className={groups.length > 1 ? "radio-group__legend" : "sr-only"}>
              {group[0].vendorName
                ? interpolate(dict.shippingFrom, { vendor: group[0].vendorName })
                : interpolate(dict.shippingGroup, { index: groupIndex + 1 })}
            </legend>
            {group.map((option) => (
              <label key={option.id} className="radio-card">
                <input
                  type="radio"
                  name={`shipping_option_${groupIndex}`}
                  value={option.id}
                  defaultChecked={option.id === selected}
                  required
                  data-testid="shipping-option"
                />
                <span className="radio-card__label">{option.name}</span>
                <span className="radio-card__price">
                  {option.amount === 0 ? dict.free : option.amount === null ? "—" : formatPrice(option.amount, currencyCode, locale)}
                </span>
              </label>
            ))}
          </fieldset>
        )
      })}
      <SubmitButton className="btn btn--primary btn--large" pendingLabel={dict.saving} testId="submit-shipping">
        {dict.continueToPayment}
      </SubmitButton>
    </ActionForm>
  )
}
