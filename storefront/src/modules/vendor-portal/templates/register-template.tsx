import Link from "next/link"
import { vendorRegister } from "../../../lib/data/vendor-auth"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"
import { ShopFields } from "../components/shop-fields"
import { countryOptions } from "../options"

export function VendorRegisterTemplate({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  const a = dict.portal.auth
  return (
    <div className="container page page--narrow auth-card auth-card--wide">
      <p className="portal__eyebrow">{dict.portal.nav.portal}</p>
      <h1 className="page__title">{a.register}</h1>
      <p className="muted">{a.registerIntro}</p>
      <ActionForm action={vendorRegister} className="stack" testId="vendor-register-form" errorTestId="vendor-register-error">
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="fieldset form-grid">
          <legend className="fieldset__legend">{a.account}</legend>
          <div className="form-grid__full">
            <Field name="email" type="email" label={dict.account.email} required autoComplete="email" inputMode="email" />
          </div>
          <div className="form-grid__full">
            <Field
              name="password"
              type="password"
              label={dict.account.password}
              required
              minLength={8}
              autoComplete="new-password"
              hint={dict.account.passwordHint}
            />
          </div>
        </fieldset>
        <fieldset className="fieldset form-grid">
          <legend className="fieldset__legend">{a.shop}</legend>
          <ShopFields labels={{ shopName: a.shopName, handle: a.handle, handleHint: a.handleHint }} />
          <div className="field">
            <label htmlFor="field-kind" className="field__label">
              {a.kind}
              <span aria-hidden="true"> *</span>
            </label>
            <select id="field-kind" name="kind" className="field__input" required defaultValue="seller">
              <option value="seller">{a.kindSeller}</option>
              <option value="teacher">{a.kindTeacher}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="field-country_code" className="field__label">
              {a.country}
            </label>
            <select id="field-country_code" name="country_code" className="field__input" defaultValue="">
              <option value="">{a.countryNone}</option>
              {countryOptions(locale).map((country) => (
                <option key={country.value} value={country.value}>
                  {country.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <SubmitButton
          className="btn btn--primary btn--large btn--block"
          pendingLabel={dict.account.submitting}
          testId="vendor-register-submit"
        >
          {a.registerSubmit}
        </SubmitButton>
      </ActionForm>
      <p className="auth-card__switch">
        {a.haveAccount}{" "}
        <Link href={localizePath(locale, "/vendor/login")} data-testid="vendor-login-link">
          {a.loginSubmit}
        </Link>
      </p>
    </div>
  )
}
