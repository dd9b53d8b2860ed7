export type Histogram = Record<"1" | "2" | "3" | "4" | "5", number>
export type ReviewSummary = { average: number; count: number; histogram: Histogram }

export const emptyHistogram = (): Histogram => ({ "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 })

/** Average (rounded to 2 decimals), count and per-star histogram of the given ratings. */
export function summarize(ratings: number[]): ReviewSummary {
  const histogram = emptyHistogram()
  for (const r of ratings) {
    const key = String(Math.min(5, Math.max(1, Math.round(r)))) as keyof Histogram
    histogram[key] += 1
  }
  const count = ratings.length
  const average = count ? Math.round((ratings.reduce((s, r) => s + r, 0) / count) * 100) / 100 : 0
  return { average, count, histogram }
}
