/** Five stars filled to the rating (0–5, fractions shown as a partial star); the label is for screen readers. */
export function Stars({ rating, label, size = "normal", testId }: { rating: number; label: string; size?: "small" | "normal"; testId?: string }) {
  const percent = Math.max(0, Math.min(100, (rating / 5) * 100))
  return (
    <span className={`stars stars--${size}`} role="img" aria-label={label} data-testid={testId} data-rating={rating}>
      <span className="stars__base" aria-hidden="true">
        ★★★★★
      </span>
      <span className="stars__fill" aria-hidden="true" style={{ width: `${percent}%` }}>
        ★★★★★
      </span>
    </span>
  )
}
