import type { HttpTypes } from "@medusajs/types"
import { setCheckoutAddress } from "../../../lib/data/cart"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { countryName } from "../../../lib/i18n/format"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"

export function AddressStep({
  cart,
  customer,
  locale,
  dict,
}: {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  locale: Locale
  dict: Dictionary["checkout"]
}) {
  const address = cart.shipping_address
  const countries = (cart.region?.countries ?? [])
    .filter((country) => country.iso_2)
    .map((country) => ({ code: country.iso_2 as string, name: countryName(country.iso_2, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const selectedCountry = address?.country_code ?? (countries.length === 1 ? countries[0].code : "")
  return (
    <ActionForm action={setCheckoutAddress} className="form-grid" testId="address-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="form-grid__full">
        <Field
          name="email"
          type="email"
          label={dict.email}
          defaultValue={cart.email ?? customer?.email}
          required
          autoComplete="email"
          inputMode="email"
        />
      </div>
      <Field
        name="first_name"
        label={dict.firstName}
        defaultValue={address?.first_name ?? customer?.first_name}
        required
        autoComplete="given-name"
      />
      <Field
        name="last_name"
        label={dict.lastName}
        defaultValue={address?.last_name ?? customer?.last_name}
        required
        autoComplete="family-name"
      />
      <div className="form-grid__full">
        <Field name="address_1" label={dict.address1} defaultValue={address?.address_1} required autoComplete="address-line1" />
      </div>
      <div className="form-grid__full">
        <Field name="address_2" label={dict.address2} defaultValue={address?.address_2} autoComplete="address-line2" />
      </div>
      <Field name="postal_code" label={dict.postalCode} defaultValue={address?.postal_code} required autoComplete="postal-code" />
      <Field name="city" label={dict.city} defaultValue={address?.city} required autoComplete="address-level2" />
      <div className="field">
        <label htmlFor="field-country_code" className="field__label">
          {dict.country}
          <span aria-hidden="true"> *</span>
        </label>
        <select
          id="field-country_code"
          name="country_code"
          className="field__input"
          defaultValue={selectedCountry}
          required
          autoComplete="country"
        >
          {countries.length !== 1 ? <option value="">—</option> : null}
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <Field name="province" label={dict.province} defaultValue={address?.province} autoComplete="address-level1" />
      <div className="form-grid__full">
        <Field
          name="phone"
          type="tel"
          label={dict.phone}
          defaultValue={address?.phone ?? customer?.phone}
          autoComplete="tel"
          inputMode="tel"
        />
      </div>
      <div className="form-grid__full">
        <SubmitButton className="btn btn--primary btn--large" pendingLabel={dict.saving} testId="submit-address">
          {dict.continueToDelivery}
        </SubmitButton>
      </div>
    </ActionForm>
  )
}
