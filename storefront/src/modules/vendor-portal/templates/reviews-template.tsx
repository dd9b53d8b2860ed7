import Link from "next/link"
import { replyToReview } from "../../../lib/data/reviews"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate, interpolate } from "../../../lib/i18n/format"
import type { VendorReview } from "../../../types/reviews"
import type { VendorSession } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"
import { Stars } from "../../reviews/components/stars"
import { PortalShell } from "../components/portal-shell"

export type ReviewFilter = "all" | "unreplied" | "pending"

/** Reviews of the vendor's listings, each with its one public reply or the reply form. */
export function ReviewsTemplate({
  session,
  reviews,
  status,
  locale,
  dict,
}: {
  session: VendorSession
  reviews: VendorReview[] | null
  status: ReviewFilter
  locale: Locale
  dict: Dictionary
}) {
  const r = dict.portal.reviews
  const base = localizePath(locale, "/vendor/reviews")
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="reviews">
      <header className="page__head">
        <h1 className="page__title">{r.title}</h1>
        <p className="muted">{r.intro}</p>
      </header>
      <nav aria-label={r.title}>
        <ul className="chip-list portal__filters">
          {(["all", "unreplied", "pending"] as const).map((filter) => (
            <li key={filter}>
              <Link
                href={filter === "all" ? base : `${base}?status=${filter}`}
                className={`chip${filter === status ? " is-active" : ""}`}
                aria-current={filter === status ? "page" : undefined}
                data-testid={`reviews-filter-${filter}`}
              >
                {r[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {reviews === null ? (
        <p className="empty">{r.unavailable}</p>
      ) : reviews.length === 0 ? (
        <p className="empty" data-testid="vendor-reviews-empty">
          {r.empty}
        </p>
      ) : (
        <ol className="reviews__list">
          {reviews.map((review) => (
            <li key={review.id} className="reviews__item card stack" data-testid="vendor-review" data-review-id={review.id}>
              {review.product ? (
                <p className="muted small">
                  <Link href={localizePath(locale, `/products/${review.product.handle}`)}>{review.product.title}</Link>
                </p>
              ) : null}
              <div className="reviews__item-head">
                <Stars rating={review.rating} size="small" label={interpolate(dict.reviews.starsLabel, { rating: review.rating })} />
                {review.title ? <h2 className="reviews__item-title">{review.title}</h2> : null}
                {review.status === "pending" ? <span className="pill">{r.pendingBadge}</span> : null}
              </div>
              <p className="muted small">
                {review.author_name} · {formatDate(review.created_at, locale)}
              </p>
              <p className="qa-text">{review.body}</p>
              {review.photos.length ? (
                <ul className="reviews__photos">
                  {review.photos.map((photo) => (
                    <li key={photo.id}>
                      <img src={photo.url} alt="" width={96} height={96} loading="lazy" />
                    </li>
                  ))}
                </ul>
              ) : null}
              {review.reply ? (
                <div className="reviews__reply" data-testid="vendor-review-reply">
                  <p className="small">
                    <strong>{r.yourReply}</strong>
                    {review.reply.created_at ? <span className="muted"> · {formatDate(review.reply.created_at, locale)}</span> : null}
                  </p>
                  <p className="qa-text">{review.reply.body}</p>
                </div>
              ) : (
                <ActionForm action={replyToReview} className="qa__answer-form" errorTestId="vendor-reply-error" successMessage={r.replied}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="review_id" value={review.id} />
                  <div className="field">
                    <label htmlFor={`reply-${review.id}`} className="field__label">
                      {r.reply}
                    </label>
                    <textarea
                      id={`reply-${review.id}`}
                      name="body"
                      className="field__input field__textarea"
                      rows={3}
                      required
                      minLength={2}
                      maxLength={2000}
                      data-testid="vendor-reply-body"
                    />
                  </div>
                  <SubmitButton className="btn btn--primary btn--small" pendingLabel={r.replying} testId="vendor-reply-submit">
                    {r.replySubmit}
                  </SubmitButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ol>
      )}
    </PortalShell>
  )
}
