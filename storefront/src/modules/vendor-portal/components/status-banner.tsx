import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import type { VendorProfile } from "../../../types/vitrina"

/** The shop's review state: pending, active, suspended or rejected (with the operator's reason). */
export function StatusBanner({ vendor, dict }: { vendor: VendorProfile; dict: Dictionary["portal"]["status"] }) {
  const texts: Record<VendorProfile["status"], { title: string; text: string }> = {
    pending: { title: dict.pending, text: dict.pendingText },
    active: { title: dict.active, text: dict.activeText },
    suspended: { title: dict.suspended, text: dict.suspendedText },
    rejected: { title: dict.rejected, text: dict.rejectedText },
  }
  const current = texts[vendor.status] ?? { title: vendor.status, text: "" }
  return (
    <section
      className={`status-banner status-banner--${vendor.status}`}
      data-testid="vendor-status"
      data-status={vendor.status}
      role={vendor.status === "active" ? undefined : "status"}
    >
      <p className="status-banner__title">
        <span className="status-banner__dot" aria-hidden="true" />
        {current.title}
      </p>
      <p className="status-banner__text">{current.text}</p>
      {vendor.status_reason && vendor.status !== "active" ? (
        <p className="status-banner__reason" data-testid="vendor-status-reason">
          {interpolate(dict.reason, { reason: vendor.status_reason })}
        </p>
      ) : null}
      {vendor.status !== "active" ? <p className="status-banner__text small">{dict.readOnly}</p> : null}
    </section>
  )
}
