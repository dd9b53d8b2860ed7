import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { correctQuery, Vocabulary, type VocabularyEntry } from "./search-spelling"
import { CATALOG_INDEX } from "./catalog-search"

/**
 * The catalogue's vocabulary, read from Medusa's own tables (the searchable text of published
 * listings, category names, vendor names) with one `ts_stat` statement, and kept per process.
 * It is a cache derived from the database, so any number of stateless API instances can hold it.
 *
 * Freshness: at most every `SEARCH_VOCABULARY_CHECK_MS` (default 2,000) a search compares a cheap
 * fingerprint of those tables (row counts, last update); when it changed, the vocabulary is rebuilt
 * in the background, at most every `SEARCH_VOCABULARY_REBUILD_MS` (default 30,000), while searches go
 * on with the previous one. A word it does not know yet is never "corrected" away: such a query
 * keeps the engine's own typo tolerance.
 */

const MAX_WORDS = 200_000

const VOCABULARY_SQL = `
  select word, ndoc::int as docs from ts_stat($q$
    select to_tsvector('simple', concat_ws(' ', p.title, p.subtitle, p.description))
      from product p where p.deleted_at is null and p.status = 'published'
    union all
    select to_tsvector('simple', c.name) from product_category c where c.deleted_at is null
    union all
    select to_tsvector('simple', v.name) from vendor v where v.deleted_at is null
  $q$)
  order by ndoc desc, word
  limit ${MAX_WORDS}`

const FINGERPRINT_SQL = `
  select concat_ws('/',
    (select count(*) || ':' || coalesce(max(updated_at)::text, '') from product),
    (select count(*) || ':' || coalesce(max(updated_at)::text, '') from product_category),
    (select count(*) || ':' || coalesce(max(updated_at)::text, '') from vendor)
  ) as fingerprint`

const envMs = (name: string, fallback: number) => {
  const v = Number(process.env[name])
  return Number.isFinite(v) && v >= 0 ? v : fallback
}

type State = {
  vocabulary: Vocabulary | null
  /** The tables' fingerprint the vocabulary was built from. */
  fingerprint: string | null
  /** When a check last found the tables unchanged since the build. */
  verifiedAt: number
  checkedAt: number
  builtAt: number
  work: Promise<void> | null
}

const state: State = { vocabulary: null, fingerprint: null, verifiedAt: 0, checkedAt: 0, builtAt: 0, work: null }

/**
 * The vocabulary matched the catalogue at a recent check: a word it does not know is in no
 * published listing, so a query may leave it out instead of scanning every document for it.
 */
export function vocabularyIsCurrent(): boolean {
  return !!state.vocabulary && Date.now() - state.verifiedAt <= envMs("SEARCH_VOCABULARY_CHECK_MS", 2_000) + 5_000
}

async function fingerprint(pg: Knex): Promise<string> {
  const { rows } = await pg.raw(FINGERPRINT_SQL)
  return String(rows[0].fingerprint)
}

async function rebuild(pg: Knex): Promise<void> {
  const before = await fingerprint(pg)
  const { rows } = await pg.raw(VOCABULARY_SQL)
  state.vocabulary = new Vocabulary(rows as VocabularyEntry[])
  state.fingerprint = before
  state.builtAt = Date.now()
  // Current only if nothing changed while it was read.
  if ((await fingerprint(pg)) === before) state.verifiedAt = Date.now()
}

/**
 * The current vocabulary (null until the first build ends); starts a check or a rebuild in the
 * background when one is due. `wait` awaits that work (tests, warm-up).
 */
export async function catalogVocabulary(pg: Knex, { wait = false } = {}): Promise<Vocabulary | null> {
  const now = Date.now()
  if (!state.work && now - state.checkedAt >= envMs("SEARCH_VOCABULARY_CHECK_MS", 2_000)) {
    state.checkedAt = now
    state.work = (async () => {
      const current = await fingerprint(pg)
      if (current === state.fingerprint) {
        state.verifiedAt = Date.now()
        return
      }
      if (state.vocabulary && Date.now() - state.builtAt < envMs("SEARCH_VOCABULARY_REBUILD_MS", 30_000)) {
        // Due later: the next check after the interval rebuilds it.
        state.checkedAt = state.builtAt + envMs("SEARCH_VOCABULARY_REBUILD_MS", 30_000) - envMs("SEARCH_VOCABULARY_CHECK_MS", 2_000)
        return
      }
      await rebuild(pg)
    })()
      .catch(() => {
        // A failed read leaves the previous vocabulary in place; the next check retries.
        state.checkedAt = 0
      })
      .finally(() => {
        state.work = null
      })
  }
  if (wait && state.work) await state.work
  return state.vocabulary
}

/** Only the PostgreSQL engine needs it: Typesense's typo tolerance is native and indexed. */
export const spellingCorrectionEnabled = () =>
  !(process.env.TYPESENSE_URL || process.env.TYPESENSE_HOST) && process.env.SEARCH_SPELLING !== "off"

type SearchQueryBody = {
  entity?: string
  /** The free text is `filters.q` on the store route. */
  filters?: { q?: unknown; [k: string]: unknown }
  search_options?: { typo_tolerance?: boolean; match_strategy?: string; [k: string]: unknown }
  [k: string]: unknown
}

/**
 * Middleware on Medusa's `POST /store/search` (after Medusa's own validation): a catalogue query
 * asking for typo tolerance is corrected against the vocabulary; when every word is resolved it
 * continues as an exact query. When the vocabulary is current, words that match nothing are left
 * out (a query of nothing but such words then matches nothing, exactly); when it may be behind
 * the catalogue, such a query keeps the engine's own typo tolerance. The corrected text of a single query is returned in the
 * `x-search-corrected-query` header (URI-encoded) so a client can say "showing results for …".
 */
export async function correctCatalogSearchSpelling(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (!spellingCorrectionEnabled()) return next()
    const body = req.validatedBody as { queries?: SearchQueryBody[] } & SearchQueryBody
    const queries: SearchQueryBody[] = body && "queries" in body && Array.isArray(body.queries) ? body.queries : [body]
    const wanted = queries.filter(
      (sq) => sq?.entity === CATALOG_INDEX && typeof sq.filters?.q === "string" && sq.filters.q.trim() && sq.search_options?.typo_tolerance
    )
    if (!wanted.length) return next()
    const vocabulary = await catalogVocabulary(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
    if (!vocabulary) return next()
    for (const sq of wanted) {
      const current = vocabularyIsCurrent()
      const correction = correctQuery(vocabulary, sq.filters!.q as string, {
        prefixLast: sq.search_options?.match_strategy === "last",
        dropUnknown: current,
      })
      if (!correction.resolved && !current) continue
      if (correction.resolved) sq.filters = { ...sq.filters, q: correction.q }
      sq.search_options = { ...sq.search_options, typo_tolerance: false }
      if (correction.resolved && correction.changed && queries.length === 1) res.setHeader("x-search-corrected-query", encodeURIComponent(correction.q))
    }
    return next()
  } catch (e) {
    return next(e)
  }
}
