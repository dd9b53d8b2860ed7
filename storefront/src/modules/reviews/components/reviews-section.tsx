import { getMyReviewState, listProductReviews } from "../../../lib/data/reviews"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { MyReviewState, ReviewList } from "../../../types/reviews"
import { ReviewsPanel } from "./reviews-panel"

/** Loads a listing's reviews and the visitor's review state (for the product and course pages). */
export async function loadReviews(productId: string): Promise<{ list: ReviewList; mine: MyReviewState }> {
  const [list, mine] = await Promise.all([listProductReviews(productId), getMyReviewState(productId)])
  return { list, mine }
}

/**
 * The reviews block of a product or course landing page: average, count and histogram, the
 * published reviews (sortable, filterable by stars), helpful votes, vendor replies, and the review
 * form for a signed-in customer who bought the item.
 */
export function ReviewsSection({
  productId,
  handle,
  returnPath,
  data,
  locale,
  dict,
}: {
  productId: string
  handle: string
  returnPath: string
  data: { list: ReviewList; mine: MyReviewState }
  locale: Locale
  dict: Dictionary
}) {
  return (
    <ReviewsPanel
      productId={productId}
      handle={handle}
      locale={locale}
      initial={data.list}
      mine={data.mine}
      signInHref={`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(localizePath(locale, returnPath))}`}
      labels={dict.reviews}
      reportLabels={dict.report}
    />
  )
}
