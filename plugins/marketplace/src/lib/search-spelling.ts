/**
 * Spelling correction for catalogue search on the PostgreSQL engine.
 *
 * `@medusajs/search-postgres` serves `typo_tolerance` with `word_similarity(q, search_text) > 0.3`
 * OR-ed to the full-text match: no index can answer that, so every typo-tolerant query compares the
 * query with every document (seconds at 50,000 products). Instead, the query's words are corrected
 * against the catalogue's vocabulary first (every word of the published listings' searchable
 * text, with the number of listings it occurs in); when every word is either known or corrected,
 * the query goes to the engine as an exact full-text query, which its GIN index answers in
 * milliseconds. A query with a word that is neither known nor close to a known word keeps the
 * engine's own typo tolerance, so nothing is lost when the vocabulary is behind the catalogue.
 *
 * Tolerance: words of 3–7 letters may carry one typo, longer words two; shorter words are never
 * corrected (Typesense's defaults start one-typo words at 4 letters, but only words the catalogue
 * does not contain are corrected here, and a dropped letter turns many 4-letter words into 3). A typo is an insertion, deletion, substitution or
 * transposition of adjacent letters (optimal string alignment distance). Among candidates at the
 * smallest distance the word found in most listings wins.
 */

export type VocabularyEntry = { word: string; docs: number }

/** Words of a query or a text as the full-text parser sees them: lower-case runs of letters and digits. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

export function maxTypos(word: string): number {
  const n = [...word].length
  return n >= 8 ? 2 : n >= 3 ? 1 : 0
}

/**
 * Optimal string alignment distance between a and b, or `limit + 1` as soon as it must exceed
 * `limit`. Works on code points, so a Cyrillic letter counts as one.
 */
export function editDistance(a: string[], b: string[], limit: number): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > limit) return limit + 1
  let prev2 = new Array<number>(m + 1).fill(0)
  let prev = Array.from({ length: m + 1 }, (_, j) => j)
  let cur = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > limit) return limit + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[m]
}

type Candidate = { word: string; chars: string[]; docs: number }

export class Vocabulary {
  private readonly known = new Map<string, number>()
  /** Words by length in code points, for the candidates of a correction. */
  private readonly byLength = new Map<number, Candidate[]>()

  constructor(entries: VocabularyEntry[]) {
    for (const { word, docs } of entries) {
      const w = word.toLowerCase()
      if (!w || this.known.has(w)) continue
      this.known.set(w, docs)
      const chars = [...w]
      const list = this.byLength.get(chars.length) ?? []
      list.push({ word: w, chars, docs })
      this.byLength.set(chars.length, list)
    }
  }

  get size(): number {
    return this.known.size
  }

  has(word: string): boolean {
    return this.known.has(word)
  }

  /** Known words in code-unit order, built on first use, for prefix lookups by binary search. */
  private sorted: string[] | null = null

  /** Whether some known word starts with `prefix` (a prefix-matched last word needs no correction). */
  hasPrefix(prefix: string): boolean {
    if (this.known.has(prefix)) return true
    const words = (this.sorted ??= [...this.known.keys()].sort())
    // the first word not below `prefix`: every word starting with it sorts there or just after
    let lo = 0
    let hi = words.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (words[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    return lo < words.length && words[lo].startsWith(prefix)
  }

  /**
   * The closest known word within the word's typo allowance, or null. With `prefix`, the word is
   * compared with the beginnings of known words (the last word of a search-as-you-type query)
   * and the answer is that beginning.
   */
  correct(word: string, { prefix = false } = {}): string | null {
    const limit = maxTypos(word)
    if (!limit) return null
    const chars = [...word]
    let best: { word: string; distance: number; docs: number } | null = null
    for (const [len, list] of this.byLength) {
      if (prefix ? len < chars.length - limit : Math.abs(len - chars.length) > limit) continue
      for (const c of list) {
        if (prefix) {
          // Beginnings of the candidate of the word's length ± the allowance.
          for (let k = Math.max(1, chars.length - limit); k <= Math.min(c.chars.length, chars.length + limit); k++) {
            const d = editDistance(chars, c.chars.slice(0, k), limit)
            if (d <= limit && isBetter(d, c.docs, best)) best = { word: c.chars.slice(0, k).join(""), distance: d, docs: c.docs }
          }
        } else {
          const d = editDistance(chars, c.chars, limit)
          if (d <= limit && isBetter(d, c.docs, best)) best = { word: c.word, distance: d, docs: c.docs }
        }
      }
    }
    return best?.word ?? null
  }
}

function isBetter(distance: number, docs: number, best: { distance: number; docs: number } | null): boolean {
  return !best || distance < best.distance || (distance === best.distance && docs > best.docs)
}

export type Correction = {
  /** The query to send: corrected words joined by spaces (the original when nothing changed). */
  q: string
  /** Some word was replaced. */
  changed: boolean
  /** Every word is known or was corrected (or, with `dropUnknown`, dropped): the engine can match exactly. */
  resolved: boolean
  /** Words that were neither known nor correctable and were left out (`dropUnknown`). */
  dropped: string[]
}

/**
 * Corrects a query word by word. With `prefixLast` (match strategy "last"), the last word is
 * taken as the beginning of a word. With `dropUnknown` (the vocabulary is known to be current),
 * a word found nowhere in the catalogue and close to no word in it is left out, as Typesense drops
 * tokens that match nothing; when no word is left, the query stays unresolved.
 */
export function correctQuery(vocabulary: Vocabulary, q: string, { prefixLast = false, dropUnknown = false } = {}): Correction {
  const tokens = words(q)
  if (!tokens.length) return { q, changed: false, resolved: false, dropped: [] }
  let changed = false
  const unknown: string[] = []
  const out: string[] = []
  tokens.forEach((token, i) => {
    const prefix = prefixLast && i === tokens.length - 1
    if (prefix ? vocabulary.hasPrefix(token) : vocabulary.has(token)) return void out.push(token)
    const fixed = vocabulary.correct(token, { prefix })
    if (fixed === null) return void unknown.push(token)
    changed = true
    out.push(fixed)
  })
  if (!unknown.length) return { q: changed ? out.join(" ") : q, changed, resolved: true, dropped: [] }
  if (dropUnknown && out.length) return { q: out.join(" "), changed: true, resolved: true, dropped: unknown }
  return { q: changed ? [...out, ...unknown].join(" ") : q, changed, resolved: false, dropped: [] }
}
