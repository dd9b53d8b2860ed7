"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useEffect, useRef, useState, type FormEvent } from "react"
import { catalogImportFinished, startCatalogImport } from "../../../lib/data/vendor-imports"
import type { Locale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate, plural } from "../../../lib/i18n/format"
import { IMPORT_ACCEPT, isImportFinished, readImport, readUploadAnswer } from "../../../lib/util/catalog-import"
import type { CatalogImport, CatalogImportUpload } from "../../../types/vitrina"

const POLL_MS = 1000

type Props = {
  locale: Locale
  dict: Dictionary["portal"]["import"]
  /** The products (or courses) list, linked once an import completed. */
  listHref: string
  listLabel: string
  /** An import opened from the recent list (`?id=`): validated → its summary, started → its progress. */
  initial: CatalogImport | null
}

/**
 * The import flow of the vendor portal: upload (streamed through `/api/vendor/catalog-imports`),
 * every row error or the summary, "Start import" (server action), then the progress polled every
 * second from `/api/vendor/catalog-imports/:id` until the job completed or failed.
 */
export function CatalogImportFlow({ locale, dict, listHref, listLabel, initial }: Props) {
  const router = useRouter()
  const [upload, setUpload] = useState<CatalogImportUpload | null>(
    initial && initial.status === "validated" ? { kind: "validated", import: initial } : null
  )
  const [job, setJob] = useState<CatalogImport | null>(initial && initial.status !== "validated" ? initial : null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [lost, setLost] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  // Poll the running import until it completed or failed (each new state schedules the next poll).
  useEffect(() => {
    if (!job || isImportFinished(job.status)) return
    const id = job.id
    let cancelled = false
    const retry = () => {
      setLost(true)
      setJob((current) => (current ? { ...current } : current))
    }
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/vendor/catalog-imports/${encodeURIComponent(id)}`, { cache: "no-store" })
        const next = res.ok ? readImport(await res.json()) : null
        if (cancelled) return
        if (!next) return retry()
        setLost(false)
        setJob(next)
        if (isImportFinished(next.status)) {
          await catalogImportFinished()
          router.refresh()
        }
      } catch {
        if (!cancelled) retry()
      }
    }, POLL_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [job, router])

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    const file = fileInput.current?.files?.[0]
    if (!file) {
      setError(dict.chooseFile)
      return
    }
    setBusy(true)
    setUpload(null)
    try {
      const body = new FormData()
      body.append("file", file, file.name)
      const res = await fetch("/api/vendor/catalog-imports", { method: "POST", body })
      const json: unknown = await res.json().catch(() => null)
      setUpload(readUploadAnswer(res.status, json, dict.uploadFailed))
      router.refresh()
    } catch {
      setUpload({ kind: "error", message: dict.uploadFailed })
    } finally {
      setBusy(false)
    }
  }

  async function start(validated: CatalogImport) {
    setBusy(true)
    setError(null)
    try {
      const result = await startCatalogImport(locale, validated.id)
      if (result.error) {
        setError(result.error)
        return
      }
      setJob(result.import ?? { ...validated, status: "queued" })
      setUpload(null)
    } catch {
      setError(dict.uploadFailed)
    } finally {
      setBusy(false)
    }
  }

  function reset() {
    setUpload(null)
    setJob(null)
    setError(null)
    setLost(false)
    if (fileInput.current) fileInput.current.value = ""
    router.replace(window.location.pathname)
  }

  if (job) {
    return <ImportProgress job={job} lost={lost} dict={dict} listHref={listHref} listLabel={listLabel} onAnother={reset} />
  }

  if (upload?.kind === "validated") {
    const v = upload.import
    return (
      <div className="stack" data-testid="import-summary" data-import-id={v.id}>
        <p className="form-success" role="status">
          {dict.validTitle}
        </p>
        <p className="muted small">{v.filename}</p>
        <dl className="import-figures">
          <Figure label={dict.products} value={v.products} testId="import-products" />
          <Figure label={dict.variants} value={v.variants} testId="import-variants" />
          <Figure label={dict.creates} value={v.creates} testId="import-creates" />
          <Figure label={dict.updates} value={v.updates} testId="import-updates" />
        </dl>
        {error ? (
          <p className="form-error" role="alert" data-testid="import-error">
            {error}
          </p>
        ) : null}
        <div className="import-actions">
          <button type="button" className="btn btn--primary" disabled={busy} aria-busy={busy} onClick={() => start(v)} data-testid="import-start">
            {busy ? dict.starting : dict.start}
          </button>
          <button type="button" className="btn btn--ghost" disabled={busy} onClick={reset}>
            {dict.another}
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="stack">
      <form className="stack" onSubmit={check} data-testid="import-form">
        <div className="field">
          <label htmlFor="import-file" className="field__label">
            {dict.fileLabel}
          </label>
          <input
            ref={fileInput}
            id="import-file"
            name="file"
            type="file"
            accept={IMPORT_ACCEPT}
            className="field__input import-file"
            required
            data-testid="import-file"
            onChange={() => (setError(null), setUpload(null))}
          />
        </div>
        <button type="submit" className="btn btn--primary import-check" disabled={busy} aria-busy={busy} data-testid="import-check">
          {busy ? dict.checking : dict.check}
        </button>
      </form>
      {error ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      {upload?.kind === "error" ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {upload.message}
        </p>
      ) : null}
      {upload?.kind === "invalid" ? (
        <div className="stack" data-testid="import-errors" data-count={upload.errorsCount}>
          <div className="form-error" role="alert">
            <strong>{plural(locale, upload.errorsCount, dict.errorsCount)}</strong>
            {" — "}
            <span data-testid="import-nothing-imported">{dict.nothingImported}</span>
          </div>
          {upload.errors.length < upload.errorsCount ? (
            <p className="muted small">{interpolate(dict.moreErrors, { shown: upload.errors.length, count: upload.errorsCount })}</p>
          ) : null}
          <div className="table-scroll">
            <table className="data-table import-errors">
              <thead>
                <tr>
                  <th scope="col">{dict.colRow}</th>
                  <th scope="col">{dict.colColumn}</th>
                  <th scope="col">{dict.colMessage}</th>
                </tr>
              </thead>
              <tbody>
                {upload.errors.map((e, index) => (
                  <tr key={`${e.row}-${e.column ?? ""}-${index}`} data-testid="import-error-row" data-row={e.row}>
                    <td>{e.row}</td>
                    <td>
                      <code>{e.column ?? "—"}</code>
                    </td>
                    <td className="import-errors__message">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{dict.rowHint}</p>
        </div>
      ) : null}
    </div>
  )
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="import-figures__item">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  )
}

function ImportProgress({
  job,
  lost,
  dict,
  listHref,
  listLabel,
  onAnother,
}: {
  job: CatalogImport
  lost: boolean
  dict: Props["dict"]
  listHref: string
  listLabel: string
  onAnother: () => void
}) {
  const finished = isImportFinished(job.status)
  return (
    <div className="stack" data-testid="import-job" data-import-id={job.id}>
      <div className="import-progress">
        <div className="import-progress__head">
          <span className={`pill pill--import-${job.status}`} data-testid="import-status" data-status={job.status}>
            {dict.statuses[job.status]}
          </span>
          <span className="import-progress__percent" data-testid="import-progress-text">
            {job.progress}%
          </span>
        </div>
        <progress
          className="import-progress__bar"
          max={100}
          value={job.progress}
          aria-label={dict.progressLabel}
          data-testid="import-progress"
        >
          {job.progress}%
        </progress>
        <p className="muted small">
          {interpolate(dict.processed, { processed: job.processed_rows, total: job.total_rows })}
        </p>
      </div>
      {lost && !finished ? (
        <p className="notice" role="status">
          {dict.connectionLost}
        </p>
      ) : null}
      {job.status === "completed" ? (
        <p className="form-success" role="status" data-testid="import-result" data-created={job.created} data-updated={job.updated}>
          {interpolate(dict.completed, { created: job.created, updated: job.updated })}
        </p>
      ) : null}
      {job.status === "failed" ? (
        <p className="form-error" role="alert" data-testid="import-result">
          {job.error ? interpolate(dict.failed, { error: job.error }) : dict.failedUnknown}
        </p>
      ) : null}
      {finished ? (
        <div className="import-actions">
          {job.status === "completed" ? (
            <Link href={listHref} className="btn btn--primary" data-testid="import-products-link">
              {listLabel}
            </Link>
          ) : null}
          <button type="button" className="btn btn--ghost" onClick={onAnother} data-testid="import-another">
            {dict.another}
          </button>
        </div>
      ) : null}
    </div>
  )
}
