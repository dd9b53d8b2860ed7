import { CheckBadgeIcon } from "../icons"

export function VerifiedBadge({ label, hint, compact }: { label: string; hint: string; compact?: boolean }) {
  return (
    <span className={`verified${compact ? " verified--compact" : ""}`} title={hint} data-testid="verified-badge">
      <CheckBadgeIcon size={compact ? 14 : 16} />
      {compact ? <span className="sr-only">{label}</span> : <span>{label}</span>}
    </span>
  )
}
