import Link from "next/link"
import { register } from "../../../lib/data/customer"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"

export function RegisterTemplate({ locale, dict }: { locale: Locale; dict: Dictionary["account"] }) {
  return (
    <div className="container page page--narrow auth-card">
      <h1 className="page__title">{dict.register}</h1>
      <p className="muted">{dict.registerIntro}</p>
      <ActionForm action={register} className="form-grid" testId="register-form" errorTestId="register-error">
        <input type="hidden" name="locale" value={locale} />
        <Field name="first_name" label={dict.firstName} required autoComplete="given-name" />
        <Field name="last_name" label={dict.lastName} required autoComplete="family-name" />
        <div className="form-grid__full">
          <Field name="email" type="email" label={dict.email} required autoComplete="email" inputMode="email" />
        </div>
        <div className="form-grid__full">
          <Field
            name="password"
            type="password"
            label={dict.password}
            required
            minLength={8}
            autoComplete="new-password"
            hint={dict.passwordHint}
          />
        </div>
        <div className="form-grid__full">
          <SubmitButton className="btn btn--primary btn--large btn--block" pendingLabel={dict.submitting} testId="register-submit">
            {dict.registerSubmit}
          </SubmitButton>
        </div>
      </ActionForm>
      <p className="auth-card__switch">
        {dict.haveAccount}{" "}
        <Link href={localizePath(locale, "/account/login")} data-testid="login-link">
          {dict.login}
        </Link>
      </p>
    </div>
  )
}
