"use client"

import { useState, useTransition, type FormEvent } from "react"
import { listProductReviews, saveReview, uploadReviewPhoto, voteReview } from "../../../lib/data/reviews"
import { defaultLocale, isLocale } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { formatDate } from "../../../lib/i18n/format"
import type { MyReviewState, Review, ReviewList, ReviewPhoto, ReviewSort } from "../../../types/reviews"
import { ReportButton } from "../../common/components/report-button"
import { Stars } from "./stars"

type Labels = Dictionary["reviews"]

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""))

const SORTS: { value: ReviewSort; label: keyof Labels }[] = [
  { value: "newest", label: "sortNewest" },
  { value: "highest", label: "sortHighest" },
  { value: "lowest", label: "sortLowest" },
  { value: "helpful", label: "sortHelpful" },
]

const PAGE = 10
const MAX_PHOTOS = 5
const MAX_PHOTO_BYTES = 5 * 1024 * 1024

/** Reviews of one listing (client part): summary, histogram filter, sort, list, votes, form. Text is rendered as text. */
export function ReviewsPanel({
  productId,
  handle,
  locale,
  initial,
  mine: initialMine,
  signInHref,
  labels,
  reportLabels,
}: {
  productId: string
  handle: string
  locale: string
  initial: ReviewList
  mine: MyReviewState
  signInHref: string
  labels: Labels
  reportLabels: Dictionary["report"]
}) {
  const lang = isLocale(locale) ? locale : defaultLocale
  const [list, setList] = useState(initial)
  const [mine, setMine] = useState(initialMine)
  const [sort, setSort] = useState<ReviewSort>("newest")
  const [rating, setRating] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [pending, startTransition] = useTransition()
  const { summary } = list

  function reload(next: { sort?: ReviewSort; rating?: number | null; more?: boolean } = {}) {
    const nextSort = next.sort ?? sort
    const nextRating = next.rating !== undefined ? next.rating : rating
    startTransition(async () => {
      const offset = next.more ? list.reviews.length : 0
      const result = await listProductReviews(productId, { sort: nextSort, rating: nextRating, limit: PAGE, offset })
      setList(next.more ? { ...result, reviews: [...list.reviews, ...result.reviews] } : result)
    })
  }

  function changeSort(value: string) {
    const next = SORTS.find((s) => s.value === value)?.value ?? "newest"
    setSort(next)
    reload({ sort: next })
  }

  function changeRating(value: number | null) {
    setRating(value)
    reload({ rating: value })
  }

  function vote(review: Review) {
    startTransition(async () => {
      const result = await voteReview({ reviewId: review.id, productId, vote: !review.voted, locale })
      if (result.error || !result.data) {
        setError(result.error)
        return
      }
      const { helpful_count, voted } = result.data
      setList((l) => ({ ...l, reviews: l.reviews.map((r) => (r.id === review.id ? { ...r, helpful_count, voted } : r)) }))
    })
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const files = data.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0)
    const kept = data.getAll("keep_photo").map(String)
    setError(null)
    setNotice(null)
    if (files.length + kept.length > MAX_PHOTOS) {
      setError(labels.photoCount)
      return
    }
    if (files.some((f) => f.size > MAX_PHOTO_BYTES)) {
      setError(labels.photoTooLarge)
      return
    }
    startTransition(async () => {
      const uploaded: ReviewPhoto[] = []
      for (const file of files) {
        const body = new FormData()
        body.append("locale", locale)
        body.append("file", file, file.name)
        const result = await uploadReviewPhoto(body)
        if (result.error || !result.photo) {
          setError(result.error ?? labels.photoInvalid)
          return
        }
        uploaded.push(result.photo)
      }
      const result = await saveReview({
        productId,
        reviewId: mine.review?.id ?? null,
        rating: Number(data.get("rating") ?? 0),
        title: String(data.get("title") ?? ""),
        body: String(data.get("body") ?? ""),
        photoIds: [...kept, ...uploaded.map((p) => p.id)],
        locale,
        handle,
      })
      if (result.error || !result.review) {
        setError(result.error)
        return
      }
      const status = result.review.status ?? "published"
      setMine({ ...mine, eligible: false, review: result.review })
      setEditing(false)
      setNotice(status === "published" ? labels.published : status === "pending" ? labels.pending : labels[status])
      const refreshed = await listProductReviews(productId, { sort, rating, limit: PAGE })
      setList(refreshed)
    })
  }

  const count = summary.count
  const countLabel = count === 1 ? labels.oneReview : fill(labels.reviewsCount, { count })
  const showForm = (mine.eligible && !mine.review) || (mine.review && editing)

  return (
    <section className="product-section reviews" aria-labelledby="reviews-title" data-testid="reviews" aria-busy={pending}>
      <div className="section__head">
        <h2 id="reviews-title" className="section__title">
          {labels.title}
        </h2>
      </div>

      <div className="reviews__top">
        <div className="reviews__summary card" data-testid="reviews-summary">
          {count > 0 ? (
            <>
              <p className="reviews__average">
                <span className="reviews__average-value" data-testid="reviews-average">
                  {summary.average.toFixed(1)}
                </span>
                <Stars rating={summary.average} label={fill(labels.starsLabel, { rating: summary.average.toFixed(1) })} />
              </p>
              <p className="muted" data-testid="reviews-count">
                {fill(labels.ratingSummary, { average: summary.average.toFixed(1) })} · {countLabel}
              </p>
              <ul className="reviews__histogram" data-testid="reviews-histogram">
                {[5, 4, 3, 2, 1].map((stars) => {
                  const n = summary.histogram[String(stars) as "1"] ?? 0
                  const pct = count ? Math.round((n / count) * 100) : 0
                  return (
                    <li key={stars}>
                      <button
                        type="button"
                        className={`reviews__bar${rating === stars ? " is-active" : ""}`}
                        onClick={() => changeRating(rating === stars ? null : stars)}
                        aria-pressed={rating === stars}
                        aria-label={fill(labels.histogramRow, { stars, count: n })}
                        data-testid={`reviews-bar-${stars}`}
                      >
                        <span className="reviews__bar-label">{stars}★</span>
                        <span className="reviews__bar-track" aria-hidden="true">
                          <span className="reviews__bar-fill" style={{ width: `${pct}%` }} />
                        </span>
                        <span className="reviews__bar-count">{n}</span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </>
          ) : (
            <>
              <p className="reviews__empty-title">{labels.noReviews}</p>
              <p className="muted small">{labels.noReviewsText}</p>
            </>
          )}
        </div>

        <div className="reviews__mine">
          {notice ? (
            <p className="notice" role="status" data-testid="review-notice">
              {notice}
            </p>
          ) : null}
          {mine.review && !editing ? (
            <div className="card stack" data-testid="my-review">
              <p className="muted small">
                {labels.yourReview}
                {mine.review.status && mine.review.status !== "published" ? ` · ${labels[mine.review.status]}` : null}
              </p>
              <Stars rating={mine.review.rating} label={fill(labels.starsLabel, { rating: mine.review.rating })} size="small" />
              {mine.review.title ? <p className="reviews__item-title">{mine.review.title}</p> : null}
              <p className="qa-text">{mine.review.body}</p>
              <p>
                <button type="button" className="btn btn--ghost btn--small" onClick={() => setEditing(true)} data-testid="review-edit">
                  {labels.edit}
                </button>
              </p>
            </div>
          ) : null}
          {showForm ? (
            <ReviewForm
              review={mine.review}
              labels={labels}
              pending={pending}
              onSubmit={submit}
              onCancel={mine.review ? () => setEditing(false) : null}
            />
          ) : null}
          {!mine.signedIn ? (
            <p className="muted" data-testid="review-sign-in">
              {labels.signInToReview} <a href={signInHref}>{labels.signIn}</a>
            </p>
          ) : !mine.bought && !mine.review ? (
            <p className="muted small" data-testid="review-only-buyers">
              {labels.onlyBuyers}
            </p>
          ) : null}
          {error ? (
            <p className="form-error" role="alert" data-testid="review-error">
              {error}
            </p>
          ) : null}
        </div>
      </div>

      {count > 0 ? (
        <div className="reviews__controls">
          <label className="sort">
            <span className="sort__label">{labels.sort}</span>
            <select className="switcher__select" value={sort} onChange={(e) => changeSort(e.target.value)} data-testid="reviews-sort">
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {labels[s.label]}
                </option>
              ))}
            </select>
          </label>
          <label className="sort">
            <span className="sort__label">{labels.filter}</span>
            <select
              className="switcher__select"
              value={rating ?? ""}
              onChange={(e) => changeRating(e.target.value ? Number(e.target.value) : null)}
              data-testid="reviews-filter"
            >
              <option value="">{labels.filterAll}</option>
              {[5, 4, 3, 2, 1].map((stars) => (
                <option key={stars} value={stars}>
                  {fill(labels.filterStars, { stars })}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}

      <ol className="reviews__list" data-testid="reviews-list">
        {list.reviews.map((review) => (
          <li key={review.id} className="reviews__item card" data-testid="review" data-review-id={review.id}>
            <div className="reviews__item-head">
              <Stars rating={review.rating} label={fill(labels.starsLabel, { rating: review.rating })} size="small" testId="review-stars" />
              {review.title ? <h3 className="reviews__item-title">{review.title}</h3> : null}
            </div>
            <p className="muted small">
              {review.author_name} · {formatDate(review.created_at, lang)}
              {review.edited_at ? ` (${labels.edited})` : null}
              {review.verified_purchase ? <span className="pill pill--published reviews__verified">{labels.verified}</span> : null}
            </p>
            <p className="qa-text" data-testid="review-body">
              {review.body}
            </p>
            {review.photos.length ? (
              <ul className="reviews__photos">
                {review.photos.map((photo, i) => (
                  <li key={photo.id}>
                    <a href={photo.url} target="_blank" rel="noopener noreferrer">
                      <img
                        src={photo.url}
                        alt={fill(labels.photo, { n: i + 1, name: review.author_name })}
                        width={96}
                        height={96}
                        loading="lazy"
                        data-testid="review-photo"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {review.reply ? (
              <div className="reviews__reply" data-testid="review-reply">
                <p className="small">
                  <strong>{fill(labels.reply, { name: review.reply.author_name ?? "" })}</strong>
                  {review.reply.created_at ? <span className="muted"> · {formatDate(review.reply.created_at, lang)}</span> : null}
                </p>
                <p className="qa-text">{review.reply.body}</p>
              </div>
            ) : null}
            {mine.signedIn && !review.mine ? (
              <p>
                <button
                  type="button"
                  className={`btn btn--ghost btn--small${review.voted ? " is-active" : ""}`}
                  aria-pressed={Boolean(review.voted)}
                  onClick={() => vote(review)}
                  disabled={pending}
                  data-testid="review-helpful"
                >
                  {fill(labels.helpfulCount, { count: review.helpful_count })}
                </button>
              </p>
            ) : review.helpful_count > 0 ? (
              <p className="muted small">{fill(labels.helpfulCount, { count: review.helpful_count })}</p>
            ) : null}
            {!review.mine ? (
              <ReportButton
                targetType="review"
                targetId={review.id}
                what="review"
                signedIn={mine.signedIn}
                signInHref={signInHref}
                locale={lang}
                labels={reportLabels}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {list.reviews.length < list.count ? (
        <p>
          <button type="button" className="btn btn--ghost" onClick={() => reload({ more: true })} disabled={pending} data-testid="reviews-more">
            {labels.more}
          </button>
        </p>
      ) : null}
    </section>
  )
}

function ReviewForm({
  review,
  labels,
  pending,
  onSubmit,
  onCancel,
}: {
  review: Review | null
  labels: Labels
  pending: boolean
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  onCancel: (() => void) | null
}) {
  return (
    <form className="card stack reviews__form" onSubmit={onSubmit} data-testid="review-form">
      <h3 className="section__title section__title--small">{review ? labels.edit : labels.write}</h3>
      <fieldset className="reviews__rating-input">
        <legend className="field__label">{labels.yourRating}</legend>
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} className="reviews__star-option">
            <input type="radio" name="rating" value={stars} defaultChecked={review?.rating === stars} required data-testid={`review-rating-${stars}`} />
            <span aria-hidden="true">★</span>
            <span className="sr-only">{fill(labels.starsLabel, { rating: stars })}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="review-title-input" className="field__label">
          {labels.reviewTitle}
        </label>
        <input id="review-title-input" name="title" className="field__input" maxLength={120} defaultValue={review?.title ?? ""} data-testid="review-title" />
      </div>
      <div className="field">
        <label htmlFor="review-body-input" className="field__label">
          {labels.reviewBody}
        </label>
        <textarea
          id="review-body-input"
          name="body"
          className="field__input field__textarea"
          rows={4}
          required
          minLength={2}
          maxLength={5000}
          defaultValue={review?.body ?? ""}
          data-testid="review-body-input"
        />
      </div>
      {review?.photos.length ? (
        <ul className="reviews__photos">
          {review.photos.map((photo) => (
            <li key={photo.id}>
              <label className="reviews__keep-photo">
                <input type="checkbox" name="keep_photo" value={photo.id} defaultChecked />
                <img src={photo.url} alt="" width={64} height={64} />
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="review-photos-input" className="field__label">
          {labels.photos}
        </label>
        <input id="review-photos-input" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple className="field__input" data-testid="review-photos" />
      </div>
      <p className="reviews__form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="review-submit">
          {pending ? labels.submitting : review ? labels.update : labels.submit}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            ×
          </button>
        ) : null}
      </p>
    </form>
  )
}
