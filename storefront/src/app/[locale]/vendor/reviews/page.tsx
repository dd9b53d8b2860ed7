import type { Metadata } from "next"
import { listVendorReviews } from "../../../../lib/data/reviews"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { ReviewsTemplate, type ReviewFilter } from "../../../../modules/vendor-portal/templates/reviews-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/reviews", getDictionary(locale).portal.meta.reviews)
}

export default async function VendorReviewsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const requested = firstParam((await searchParams).status)
  const status: ReviewFilter = requested === "unreplied" || requested === "pending" ? requested : "all"
  const result = await listVendorReviews(status).catch(() => null)
  return <ReviewsTemplate session={session} reviews={result?.reviews ?? null} status={status} locale={locale} dict={getDictionary(locale)} />
}
