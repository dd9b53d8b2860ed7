import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate } from "../../../lib/i18n/format"
import { IMPORT_FORMATS, isImportFinished } from "../../../lib/util/catalog-import"
import type { CatalogImport, VendorSession } from "../../../types/vitrina"
import { CatalogImportFlow } from "../components/catalog-import-flow"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"

/** Catalogue import: the file format, the templates, the upload → check → start → progress flow, recent imports. */
export function ImportTemplate({
  session,
  imports,
  current,
  locale,
  dict,
}: {
  session: VendorSession
  imports: CatalogImport[]
  /** The import opened from the recent list (`?id=`), if any. */
  current: CatalogImport | null
  locale: Locale
  dict: Dictionary
}) {
  const t = dict.portal.import
  const teacher = session.vendor.kind === "teacher"
  const templateLabels = { csv: t.templateCsv, xlsx: t.templateXlsx, json: t.templateJson }
  const columns = [t.ruleHandle, t.ruleTitle, t.ruleSku, t.rulePrices, t.ruleStatus, t.ruleOptions, t.ruleStock]
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="import">
      <header className="page__head">
        <h1 className="page__title">{t.title}</h1>
        <p className="page__intro">{t.intro}</p>
      </header>
      <div className="import-layout">
        <section className="card stack import-upload" aria-labelledby="import-upload-title">
          <h2 id="import-upload-title" className="section__title section__title--small">
            {t.uploadTitle}
          </h2>
          {session.vendor.status === "active" ? (
            <CatalogImportFlow
              key={current?.id ?? "new"}
              locale={locale}
              dict={t}
              listHref={localizePath(locale, teacher ? "/vendor/courses" : "/vendor/products")}
              listLabel={teacher ? t.viewCourses : t.viewProducts}
              initial={current}
            />
          ) : (
            <Notice testId="import-inactive">{t.inactive}</Notice>
          )}
        </section>
        <section className="card stack import-format" aria-labelledby="import-format-title">
          <h2 id="import-format-title" className="section__title section__title--small">
            {t.formatTitle}
          </h2>
          <p>{t.formatRows}</p>
          <ul className="import-columns">
            {columns.map((line) => {
              const [name, rule] = line.split(" — ")
              return (
                <li key={name}>
                  <code>{name}</code>
                  {rule ? ` — ${rule}` : null}
                </li>
              )
            })}
          </ul>
          <p className="muted small">{t.ruleMore}</p>
          <h3 className="field__label">{t.templateTitle}</h3>
          <p className="muted small">{t.templateHint}</p>
          <ul className="chip-list import-templates">
            {IMPORT_FORMATS.map((format) => (
              <li key={format}>
                <a
                  href={`/api/vendor/catalog-imports/template?format=${format}`}
                  className="chip"
                  download={`vitrina-catalog-template.${format}`}
                  data-testid={`import-template-${format}`}
                >
                  ↓ {templateLabels[format]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="section stack" aria-labelledby="import-recent-title">
        <h2 id="import-recent-title" className="section__title section__title--small">
          {t.recentTitle}
        </h2>
        {imports.length === 0 ? (
          <p className="empty" data-testid="import-recent-empty">
            {t.recentEmpty}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data-table import-recent">
              <thead>
                <tr>
                  <th scope="col">{t.colFile}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col">{t.colRows}</th>
                  <th scope="col">{t.colResult}</th>
                  <th scope="col">{t.colDate}</th>
                </tr>
              </thead>
              <tbody>
                {imports.map((item) => (
                  <tr key={item.id} data-testid="import-row" data-import-id={item.id} data-status={item.status}>
                    <td className="import-recent__file">{item.filename}</td>
                    <td>
                      {isImportFinished(item.status) ? (
                        <span className={`pill pill--import-${item.status}`}>{t.statuses[item.status]}</span>
                      ) : (
                        <Link
                          href={`${localizePath(locale, "/vendor/import")}?id=${encodeURIComponent(item.id)}`}
                          className={`pill pill--import-${item.status}`}
                        >
                          {t.statuses[item.status]}
                          {item.status === "running" ? ` ${item.progress}%` : ""} →
                        </Link>
                      )}
                    </td>
                    <td>{item.total_rows}</td>
                    <td>{item.status === "validated" ? "—" : `${item.created} / ${item.updated}`}</td>
                    <td>{formatDate(item.created_at, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </PortalShell>
  )
}
