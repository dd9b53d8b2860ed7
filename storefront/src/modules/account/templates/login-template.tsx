import Link from "next/link"
import { login } from "../../../lib/data/customer"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"

export function LoginTemplate({ locale, dict, next }: { locale: Locale; dict: Dictionary["account"]; next?: string | null }) {
  return (
    <div className="container page page--narrow auth-card">
      <h1 className="page__title">{dict.login}</h1>
      <p className="muted">{dict.loginIntro}</p>
      <ActionForm action={login} className="stack" testId="login-form" errorTestId="login-error">
        <input type="hidden" name="locale" value={locale} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Field name="email" type="email" label={dict.email} required autoComplete="email" inputMode="email" />
        <Field name="password" type="password" label={dict.password} required autoComplete="current-password" />
        <SubmitButton className="btn btn--primary btn--large btn--block" pendingLabel={dict.submitting} testId="login-submit">
          {dict.loginSubmit}
        </SubmitButton>
      </ActionForm>
      <p className="auth-card__switch">
        {dict.noAccount}{" "}
        <Link href={localizePath(locale, "/account/register")} data-testid="register-link">
          {dict.register}
        </Link>
      </p>
    </div>
  )
}
