import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { deleteVerificationDocument, submitVerification, uploadVerificationDocument } from "../../../lib/data/vendor-trust"
import type { VendorModerationCase, VendorSession, VendorVerification } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"
import { ConfirmAction } from "../components/confirm-action"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"

const STATUS_PILL = { draft: "draft", pending: "draft", approved: "published", rejected: "rejected", needs_info: "draft" } as const

/** Verification documents (upload, remove, submit; the operator's decision) and the listings moderation holds back. */
export function VerificationTemplate({
  session,
  verification,
  cases,
  locale,
  dict,
}: {
  session: VendorSession
  verification: VendorVerification | null
  cases: VendorModerationCase[]
  locale: Locale
  dict: Dictionary
}) {
  const t = dict.portal.verification
  const typeLabel = (type: string) => (t as Record<string, string>)[`type_${type}`] ?? type
  const ruleLabel = (rule: string) => (t as Record<string, string>)[`rule_${rule}`] ?? rule
  const v = verification
  const editable = !!v && ["draft", "rejected", "needs_info"].includes(v.status)
  const active = session.vendor.status === "active"
  const types = ["identity", session.vendor.kind === "teacher" ? "qualification" : "business_registration"]
  const allTypes = ["identity", "business_registration", "qualification"]
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="verification">
      <header className="page__head">
        <h1 className="page__title">{t.title}</h1>
        <p className="page__intro">{t.intro}</p>
      </header>
      {v ? (
        <div className="stack">
          <section className="card stack" aria-labelledby="verification-status" data-testid="verification-status" data-status={v.status}>
            <h2 id="verification-status" className="section__title section__title--small">
              {t.statusLabel}: <span className={`pill pill--${STATUS_PILL[v.status]}`}>{(t as Record<string, string>)[`status_${v.status}`]}</span>
            </h2>
            {v.operator_message ? (
              <p data-testid="verification-message">{t.operatorMessage.replace("{message}", v.operator_message)}</p>
            ) : null}
            <h3 className="section__title section__title--small">{t.required}</h3>
            <ul className="stack" data-testid="verification-required">
              {v.required_documents.map((type) => (
                <li key={type} data-type={type} data-missing={v.missing_documents.includes(type) ? "true" : "false"}>
                  {v.missing_documents.includes(type) ? "○" : "✓"} {typeLabel(type)} — {v.missing_documents.includes(type) ? t.missing : t.uploaded}
                </li>
              ))}
            </ul>
          </section>

          <section className="card stack" aria-labelledby="verification-documents">
            <h2 id="verification-documents" className="section__title section__title--small">
              {t.documentsTitle}
            </h2>
            {v.documents.length === 0 ? <p className="muted">{t.noDocuments}</p> : null}
            <ul className="stack">
              {v.documents.map((d) => (
                <li key={d.id} className="stack" data-testid="verification-document" data-type={d.type}>
                  <span>
                    <strong>{typeLabel(d.type)}</strong> <span className="muted small">{d.original_name} · {Math.ceil(d.size / 1024)} KB</span>
                  </span>
                  {editable && active ? (
                    <ConfirmAction
                      action={deleteVerificationDocument}
                      label={t.delete}
                      question={t.deleteQuestion}
                      confirmLabel={t.delete}
                      pendingLabel={t.deleting}
                      hidden={{ id: d.id, locale }}
                      testId={`delete-document-${d.id}`}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>

          {editable && active ? (
            <section className="card stack" aria-labelledby="verification-upload">
              <h2 id="verification-upload" className="section__title section__title--small">
                {t.uploadTitle}
              </h2>
              <ActionForm action={uploadVerificationDocument} className="stack" testId="verification-upload-form" errorTestId="verification-upload-error" successMessage={t.uploadedOk} successTestId="verification-uploaded">
                <input type="hidden" name="locale" value={locale} />
                <div className="field">
                  <label htmlFor="verification-type" className="field__label">
                    {t.typeField}
                  </label>
                  <select id="verification-type" name="type" className="field__input" defaultValue={v.missing_documents[0] ?? types[0]} data-testid="verification-type">
                    {allTypes.map((type) => (
                      <option key={type} value={type}>
                        {typeLabel(type)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="verification-file" className="field__label">
                    {t.fileField}
                  </label>
                  <input id="verification-file" name="file" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="field__input" required data-testid="verification-file" />
                </div>
                <SubmitButton pendingLabel={t.uploading} testId="verification-upload">
                  {t.upload}
                </SubmitButton>
              </ActionForm>
              <ActionForm action={submitVerification} className="stack" testId="verification-submit-form" errorTestId="verification-submit-error">
                <input type="hidden" name="locale" value={locale} />
                <p className="muted small">{t.submitHint}</p>
                <SubmitButton pendingLabel={t.submitting} testId="verification-submit" disabled={v.missing_documents.length > 0}>
                  {t.submit}
                </SubmitButton>
              </ActionForm>
            </section>
          ) : !editable ? (
            <Notice testId="verification-locked">{t.locked}</Notice>
          ) : null}

          <section className="card stack" aria-labelledby="moderation-title" data-testid="moderation-cases">
            <h2 id="moderation-title" className="section__title section__title--small">
              {t.moderationTitle}
            </h2>
            <p className="muted">{cases.length ? t.moderationIntro : t.moderationNone}</p>
            <ul className="stack">
              {cases.map((c) => (
                <li key={c.id} data-testid="moderation-case" data-status={c.status} data-product-id={c.product_id}>
                  <strong>{c.title}</strong>{" "}
                  <span className={`pill pill--${c.status === "pending" ? "draft" : "rejected"}`}>{(t as Record<string, string>)[`moderation_${c.status}`]}</span>
                  <br />
                  <span className="muted small">{[...new Set(c.reasons.map((r) => ruleLabel(r.rule)))].join(", ")}</span>
                  {c.operator_reason ? (
                    <>
                      <br />
                      <span data-testid="moderation-reason">{t.operatorReason.replace("{reason}", c.operator_reason)}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : (
        <Notice>{dict.errors.notFound}</Notice>
      )}
    </PortalShell>
  )
}
