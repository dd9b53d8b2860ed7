import Link from "next/link"
import { vendorLogin } from "../../../lib/data/vendor-auth"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"

export function VendorLoginTemplate({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  const a = dict.portal.auth
  return (
    <div className="container page page--narrow auth-card">
      <p className="portal__eyebrow">{dict.portal.nav.portal}</p>
      <h1 className="page__title">{a.login}</h1>
      <p className="muted">{a.loginIntro}</p>
      <ActionForm action={vendorLogin} className="stack" testId="vendor-login-form" errorTestId="vendor-login-error">
        <input type="hidden" name="locale" value={locale} />
        <Field name="email" type="email" label={dict.account.email} required autoComplete="email" inputMode="email" />
        <Field name="password" type="password" label={dict.account.password} required autoComplete="current-password" />
        <SubmitButton
          className="btn btn--primary btn--large btn--block"
          pendingLabel={dict.account.submitting}
          testId="vendor-login-submit"
        >
          {a.loginSubmit}
        </SubmitButton>
      </ActionForm>
      <p className="auth-card__switch">
        {a.noAccount}{" "}
        <Link href={localizePath(locale, "/vendor/register")} data-testid="vendor-register-link">
          {dict.portal.nav.sell}
        </Link>
      </p>
      <p className="auth-card__switch small">
        {a.customerHint} <Link href={localizePath(locale, "/account/login")}>{a.customerLink}</Link>
      </p>
    </div>
  )
}
