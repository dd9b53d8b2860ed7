import Link from "next/link"
import { updateVendorProfile } from "../../../lib/data/vendor-auth"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import type { VendorSession } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SubmitButton } from "../../common/components/submit-button"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"
import { countryOptions } from "../options"

export function DashboardTemplate({
  session,
  counts,
  welcome,
  locale,
  dict,
}: {
  session: VendorSession
  counts: { all: number; published: number; draft: number } | null
  welcome: boolean
  locale: Locale
  dict: Dictionary
}) {
  const d = dict.portal.dashboard
  const { vendor, member } = session
  const teacher = vendor.kind === "teacher"
  const active = vendor.status === "active"
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="dashboard">
      <header className="page__head">
        <h1 className="page__title">{interpolate(d.welcome, { name: vendor.name })}</h1>
        <p className="muted small">
          {teacher ? d.kindTeacher : d.kindSeller} · {interpolate(d.signedInAs, { email: member.email ?? "", role: member.role })}
        </p>
        {welcome ? <Notice tone="ok">{d.signedUp}</Notice> : null}
      </header>

      {counts ? (
        <dl className="stat-grid" data-testid="vendor-counts">
          <div className="stat">
            <dt>{teacher ? d.coursesTotal : d.productsTotal}</dt>
            <dd data-testid="count-all">{counts.all}</dd>
          </div>
          <div className="stat">
            <dt>{d.published}</dt>
            <dd data-testid="count-published">{counts.published}</dd>
          </div>
          <div className="stat">
            <dt>{d.drafts}</dt>
            <dd data-testid="count-draft">{counts.draft}</dd>
          </div>
        </dl>
      ) : null}

      <div className="actions-row actions-row--start">
        <Link href={localizePath(locale, teacher ? "/vendor/courses" : "/vendor/products")} className="btn btn--ghost">
          {teacher ? dict.portal.meta.courses : d.manageProducts}
        </Link>
        {active ? (
          <Link
            href={localizePath(locale, teacher ? "/vendor/courses/new" : "/vendor/products/new")}
            className="btn btn--primary"
            data-testid="add-product"
          >
            {teacher ? d.addCourse : d.addProduct}
          </Link>
        ) : null}
        <Link href={localizePath(locale, "/vendor/orders")} className="btn btn--ghost">
          {d.viewOrders}
        </Link>
        <Link href={localizePath(locale, "/vendor/balance")} className="btn btn--ghost">
          {d.viewBalance}
        </Link>
      </div>

      <section className="card section" aria-labelledby="vendor-profile">
        <h2 id="vendor-profile" className="section__title section__title--small">
          {d.profile}
        </h2>
        <p className="muted small">{d.profileIntro}</p>
        <ActionForm
          action={updateVendorProfile}
          className="form-grid profile-form"
          testId="vendor-profile-form"
          errorTestId="vendor-profile-error"
          successMessage={d.profileSaved}
          successTestId="vendor-profile-saved"
        >
          <input type="hidden" name="locale" value={locale} />
          <div className="form-grid__full">
            <Field name="name" label={d.name} required defaultValue={vendor.name} autoComplete="organization" />
          </div>
          <div className="field form-grid__full">
            <label htmlFor="field-description" className="field__label">
              {d.description}
            </label>
            <textarea
              id="field-description"
              name="description"
              className="field__input field__textarea"
              rows={4}
              maxLength={2000}
              defaultValue={vendor.description ?? ""}
            />
          </div>
          <div className="form-grid__full">
            <Field name="logo" type="url" label={d.logo} defaultValue={vendor.logo} />
          </div>
          <Field name="phone" type="tel" label={d.phone} defaultValue={vendor.phone} autoComplete="tel" inputMode="tel" />
          <div className="field">
            <label htmlFor="field-country_code" className="field__label">
              {d.country}
            </label>
            <select id="field-country_code" name="country_code" className="field__input" defaultValue={vendor.country_code ?? ""}>
              <option value="">{dict.portal.auth.countryNone}</option>
              {countryOptions(locale).map((country) => (
                <option key={country.value} value={country.value}>
                  {country.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="field-currency_code" className="field__label">
              {d.currency}
            </label>
            <select
              id="field-currency_code"
              name="currency_code"
              className="field__input"
              defaultValue={vendor.currency_code ?? ""}
            >
              <option value="">{d.currencyNone}</option>
              <option value="eur">EUR</option>
              <option value="usd">USD</option>
            </select>
          </div>
          <div className="form-grid__full">
            <SubmitButton pendingLabel={dict.portal.products.saving} testId="vendor-profile-save">
              {d.saveProfile}
            </SubmitButton>
          </div>
        </ActionForm>
      </section>
    </PortalShell>
  )
}
