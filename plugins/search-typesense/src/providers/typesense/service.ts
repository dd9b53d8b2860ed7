import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError, projectDocument } from "@medusajs/framework/utils"
import { Client } from "typesense"
import { compileFilters } from "./filters"
import { buildPlan, collectionFields, type IndexPlan, invalid, isFacetable, isNumeric, restoreDates, searchWeight, toStoredDocument } from "./schema"

export interface TypesenseProviderOptions {
  /** e.g. `http://127.0.0.1:8108`; alternatively `host`, `port`, `protocol`. */
  url?: string
  host?: string
  port?: number
  protocol?: "http" | "https"
  api_key: string
  /** Prepended to every collection name, e.g. `vitrina_` (several stores on one cluster). */
  collection_prefix?: string
  connection_timeout_seconds?: number
  /** Synonym groups applied to every index: `{ sofa: ["sofa", "couch"] }` (id → multi-way group). */
  synonyms?: Record<string, string[]>
  /**
   * Where synonyms go: `collection` (`/collections/:c/synonyms`, Typesense ≤ 29) or `synonym_sets`
   * (`/synonym_sets/:name` linked from the collection, Typesense ≥ 30). Default: read the server's
   * version from `/debug`.
   */
  synonyms_api?: "collection" | "synonym_sets"
}

type Injected = { logger?: Logger }

/** Typesense caps `per_page` / `limit` at 250. */
const MAX_TAKE = 250
const PROVIDER_KEY = "search-typesense"

interface RangeFacet { field: string; type: "range"; ranges: { key: string; label: string; from?: number; to?: number }[] }
interface ValueFacet { field: string; type: "value"; limit: number; sort?: "count" | "alpha"; query?: string }
interface StatsFacet { field: string; type: "stats" }
type Facet = RangeFacet | ValueFacet | StatsFacet

interface Prepared {
  input: SearchTypes.ProviderSearchQuery
  plan: IndexPlan
  /** null when the filters can match nothing: answered without a round trip. */
  params: Record<string, unknown> | null
  facets: Facet[]
  skip: number
  take: number
}

interface TypesenseHit {
  document: Record<string, unknown>
  text_match?: number
  highlight?: Record<string, unknown>
  highlights?: { field: string; snippet?: string; value?: string; snippets?: string[]; values?: string[] }[]
}
interface TypesenseFacetCount {
  field_name: string
  counts: { value: string; count: number }[]
  stats?: { min?: number; max?: number; avg?: number; sum?: number; total_values?: number }
}
interface TypesenseResponse {
  found: number
  hits?: TypesenseHit[]
  facet_counts?: TypesenseFacetCount[]
  search_time_ms?: number
  error?: string
  code?: number
}

/**
 * A Typesense provider for Medusa's Search Module (identifier `search-typesense`). Writes are
 * applied inline by Typesense, so every task it returns is already `succeeded` (or `failed`).
 */
export class TypesenseSearchProviderService extends AbstractSearchProviderService {
  static identifier = PROVIDER_KEY

  protected client_: Client
  protected options_: TypesenseProviderOptions
  protected logger_?: Logger
  /** Plans of the collections this process has seen, keyed by collection name. */
  protected plans_ = new Map<string, IndexPlan>()
  protected synonymSets_?: Promise<boolean>

  constructor({ logger }: Injected, options: TypesenseProviderOptions) {
    super()
    if (!options?.api_key) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Typesense search provider needs an api_key option")
    }
    this.options_ = options
    this.logger_ = logger
    let node: { host: string; port: number; protocol: string }
    if (options.url) {
      const u = new URL(options.url)
      const protocol = u.protocol.replace(":", "")
      node = { host: u.hostname, port: Number(u.port) || (protocol === "https" ? 443 : 80), protocol }
    } else if (options.host) {
      const protocol = options.protocol ?? "http"
      node = { host: options.host, port: options.port ?? (protocol === "https" ? 443 : 8108), protocol }
    } else {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Typesense search provider needs a url or a host option")
    }
    this.client_ = new Client({
      nodes: [node],
      apiKey: options.api_key,
      connectionTimeoutSeconds: options.connection_timeout_seconds ?? 10,
      numRetries: 2,
      retryIntervalSeconds: 0.2,
      logLevel: "silent",
    })
  }

  /** The collection behind a physical index name. */
  protected collection(index: string) {
    return `${this.options_.collection_prefix ?? ""}${index}`
  }

  /** Maps Typesense's HTTP errors onto MedusaError types (404 → NOT_FOUND drives the module's retry). */
  protected async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      throw this.translate(what, e)
    }
  }

  protected translate(what: string, e: unknown): Error {
    if (e instanceof MedusaError) return e
    const err = e as { httpStatus?: number; message?: string }
    const status = err.httpStatus
    const message = `Typesense ${what}: ${err.message ?? String(e)}`
    const type =
      status === 404
        ? MedusaError.Types.NOT_FOUND
        : status === 400 || status === 422
          ? MedusaError.Types.INVALID_DATA
          : status === 409
            ? MedusaError.Types.CONFLICT
            : status === 401 || status === 403
              ? MedusaError.Types.UNAUTHORIZED
              : MedusaError.Types.UNEXPECTED_STATE
    const out = new MedusaError(type, message)
    // The Search Module backs off on `status === 429`.
    if (status === 429) Object.assign(out, { status: 429 })
    return out
  }

  /** Whether the server keeps synonyms in synonym sets (Typesense ≥ 30). */
  protected usesSynonymSets(): Promise<boolean> {
    if (this.options_.synonyms_api) return Promise.resolve(this.options_.synonyms_api === "synonym_sets")
    this.synonymSets_ ??= this.call("read server version", () => this.client_.debug.retrieve()).then(
      (d) => Number(String((d as { version?: string }).version ?? "0").replace(/^v/, "").split(".")[0]) >= 30
    )
    return this.synonymSets_
  }

  protected synonymSetName(collection: string) {
    return `${collection}_synonyms`
  }

  protected synonymsFor(definition: SearchTypes.ResolvedSearchIndexDefinition): Record<string, string[]> {
    const fromDefinition = definition.settings?.provider_options?.[PROVIDER_KEY]?.synonyms as Record<string, string[]> | undefined
    return { ...(this.options_.synonyms ?? {}), ...(fromDefinition ?? {}) }
  }

  protected validateSettings(definition: SearchTypes.ResolvedSearchIndexDefinition, plan: IndexPlan) {
    const typo = definition.settings?.typo_tolerance
    if (typo) {
      const one = typo.min_word_size_for_one_typo
      const two = typo.min_word_size_for_two_typos
      if (one !== undefined && (!Number.isInteger(one) || one < 1)) invalid(`settings.typo_tolerance.min_word_size_for_one_typo must be a positive integer`)
      if (two !== undefined && (!Number.isInteger(two) || two < 1)) invalid(`settings.typo_tolerance.min_word_size_for_two_typos must be a positive integer`)
      if (one !== undefined && two !== undefined && two < one) {
        invalid(`settings.typo_tolerance.min_word_size_for_two_typos (${two}) cannot be lower than min_word_size_for_one_typo (${one})`)
      }
      for (const path of typo.disabled_on_attributes ?? []) {
        if (!plan.searchable.includes(path)) invalid(`settings.typo_tolerance.disabled_on_attributes names "${path}", which is not a searchable field`)
      }
    }
    if (definition.settings?.distinct_attribute) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Typesense search provider does not support settings.distinct_attribute yet")
    }
    const synonyms = this.synonymsFor(definition)
    for (const [id, words] of Object.entries(synonyms)) {
      if (!/^[\w-]+$/.test(id) || !Array.isArray(words) || words.length < 2 || words.some((w) => typeof w !== "string" || !w.trim())) {
        invalid(`Synonym group "${id}" must have a word-character id and at least two non-empty words`)
      }
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const plan = buildPlan(index)
    this.validateSettings(index, plan)
    const name = this.collection(index.physical_name)
    const fields = collectionFields(plan)
    const schema: Record<string, unknown> = {
      name,
      fields,
      enable_nested_fields: fields.some((f) => f.name.includes(".")),
      metadata: { primary_key: plan.primary_key, definition_hash: index.definition_hash, provider: PROVIDER_KEY },
    }
    const synonyms = Object.entries(this.synonymsFor(index))
    const sets = synonyms.length > 0 && (await this.usesSynonymSets())
    if (sets) {
      // Typesense ≥ 30: one synonym set per collection, linked from its schema.
      const set = this.synonymSetName(name)
      await this.call("upsert synonym set", () =>
        this.client_.apiCall.put(`/synonym_sets/${encodeURIComponent(set)}`, { items: synonyms.map(([id, words]) => ({ id, synonyms: words })) })
      )
      schema.synonym_sets = [set]
    }
    const existing = await this.call("retrieve collection", async () => {
      try {
        return await this.client_.collections(name).retrieve()
      } catch (e) {
        if ((e as { httpStatus?: number }).httpStatus === 404) return null
        throw e
      }
    })
    const sameFields = (a: unknown[], b: unknown[]) => {
      const norm = (fs: unknown[]) =>
        JSON.stringify(
          (fs as Record<string, unknown>[])
            .map((f) => ({ name: f.name, type: f.type, facet: !!f.facet, sort: !!f.sort && !String(f.type).match(/int|float/) }))
            .sort((x, y) => String(x.name).localeCompare(String(y.name)))
        )
      return norm(a) === norm(b)
    }
    // Typesense can alter a schema in place, but the module only calls this on an index it is about
    // to seed, so a changed schema is simply recreated.
    if (existing && !sameFields((existing.fields ?? []).filter((f) => f.name !== ".*"), fields)) {
      await this.call("delete collection", () => this.client_.collections(name).delete())
    }
    if (!existing || !sameFields((existing.fields ?? []).filter((f) => f.name !== ".*"), fields)) {
      await this.call("create collection", () => this.client_.collections().create(schema as never))
    } else if (sets) {
      await this.call("link synonym set", () => this.client_.collections(name).update({ synonym_sets: schema.synonym_sets } as never))
    }
    if (!sets) {
      for (const [id, words] of synonyms) {
        // The per-collection endpoint (Typesense ≤ 29), called directly: the client warns on every use.
        await this.call("upsert synonym", () =>
          this.client_.apiCall.put(`/collections/${encodeURIComponent(name)}/synonyms/${encodeURIComponent(id)}`, { synonyms: words })
        )
      }
    }
    this.plans_.set(name, plan)
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const name = this.collection(index)
    await this.call("delete collection", async () => {
      try {
        await this.client_.collections(name).delete()
      } catch (e) {
        if ((e as { httpStatus?: number }).httpStatus !== 404) throw e
      }
    })
    this.plans_.delete(name)
    if (await this.usesSynonymSets()) {
      await this.call("delete synonym set", async () => {
        try {
          await this.client_.apiCall.delete(`/synonym_sets/${encodeURIComponent(this.synonymSetName(name))}`)
        } catch (e) {
          if ((e as { httpStatus?: number }).httpStatus !== 404) throw e
        }
      })
    }
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const collections = await this.call("list collections", () => this.client_.collections().retrieve())
    const prefix = this.options_.collection_prefix ?? ""
    return collections
      // Ours: under the prefix, and created by this provider where the server keeps collection metadata.
      .filter((c) => {
        const meta = (c as unknown as { metadata?: { provider?: string } }).metadata
        return c.name.startsWith(prefix) && (!meta || meta.provider === PROVIDER_KEY)
      })
      .map((c) => ({
        name: c.name.slice(prefix.length),
        provider: PROVIDER_KEY,
        document_count: Number(c.num_documents ?? 0),
        created_at: c.created_at ? new Date(Number(c.created_at) * 1000) : undefined,
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const stored = documents.map((d) => toStoredDocument(d, definition))
    const jsonl = stored.map((d) => JSON.stringify(d)).join("\n")
    const name = this.collection(index)
    const raw = await this.call("import documents", () =>
      this.client_.collections(name).documents().import(jsonl, { action: "upsert" })
    )
    type Line = { success: boolean; error?: string; code?: number }
    // JSONL, one result per document in order (a one-line answer may arrive already parsed).
    const results: Line[] =
      typeof raw === "string"
        ? raw
            .split("\n")
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l) as Line)
        : ([] as Line[]).concat(raw as Line | Line[])
    if (results.length !== stored.length) {
      return { index, status: "failed", error: { message: `Typesense answered ${results.length} import results for ${stored.length} documents` } }
    }
    const failed = results
      .map((r, i) => ({ r, id: stored[i]?.id }))
      .filter(({ r }) => !r.success)
    if (failed.length) {
      const sample = failed
        .slice(0, 5)
        .map(({ r, id }) => `${String(id)}: ${r.error ?? "failed"}`)
        .join("; ")
      return {
        index,
        status: "failed",
        error: { message: `${failed.length} of ${documents.length} documents were rejected by Typesense (${sample})`, code: String(failed[0].r.code ?? "") },
      }
    }
    return { index, status: "succeeded" }
  }

  /** The plan for a collection: cached, else read back from the collection's metadata/fields. */
  protected async planFor(index: string): Promise<IndexPlan> {
    const name = this.collection(index)
    const cached = this.plans_.get(name)
    if (cached) return cached
    const c = (await this.call("retrieve collection", () => this.client_.collections(name).retrieve())) as unknown as {
      fields?: { name: string; type: string; facet?: boolean; sort?: boolean }[]
      metadata?: { primary_key?: string }
    }
    // Enough to compile filters: kinds from the Typesense types.
    const kind = (t: string) => (t.startsWith("string") ? "keyword" : t.startsWith("int") ? "integer" : t.startsWith("float") ? "float" : "boolean")
    const plan: IndexPlan = { primary_key: c.metadata?.primary_key ?? "id", fields: new Map(), searchable: [] }
    for (const f of c.fields ?? []) {
      plan.fields.set(f.name, { path: f.name, kind: kind(f.type) as "keyword", is_array: f.type.endsWith("[]"), field: { type: kind(f.type) as "keyword", filterable: true } })
    }
    return plan
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const name = this.collection(index)
    const plan = await this.planFor(index)
    const ids = this.primaryKeyIds(filters, plan)
    if (ids) {
      // Fast path: delete by id. One id goes to the document endpoint; several to one id filter.
      if (ids.length === 1) {
        await this.call("delete document", async () => {
          try {
            await this.client_.collections(name).documents(ids[0]).delete()
          } catch (e) {
            if ((e as { httpStatus?: number }).httpStatus !== 404) throw e
          }
        })
        return { index, status: "succeeded" }
      }
      if (!ids.length) return { index, status: "succeeded" }
    }
    const filterBy = compileFilters(plan, filters)
    if (filterBy === false) return { index, status: "succeeded" }
    if (filterBy === undefined) return this.clearIndex({ index })
    await this.call("delete documents", () => this.client_.collections(name).documents().delete({ filter_by: filterBy }))
    return { index, status: "succeeded" }
  }

  protected primaryKeyIds(filters: SearchTypes.SearchFilters, plan: IndexPlan): string[] | undefined {
    const keys = Object.keys(filters)
    if (keys.length !== 1 || (keys[0] !== plan.primary_key && keys[0] !== "id")) return undefined
    const p = filters[keys[0]] as unknown
    const asIds = (v: unknown) => {
      const values = Array.isArray(v) ? v : [v]
      return values.every((x) => typeof x === "string") ? (values as string[]) : undefined
    }
    if (p === null || typeof p !== "object" || Array.isArray(p)) return asIds(p)
    const ops = Object.keys(p)
    if (ops.length === 1 && (ops[0] === "$eq" || ops[0] === "$in")) return asIds((p as Record<string, unknown>)[ops[0]])
    return undefined
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const name = this.collection(index)
    // `truncate=true` empties a collection in one call (Typesense ≥ 0.25); every document has an id.
    await this.call("clear collection", () =>
      this.client_.apiCall.delete(`/collections/${encodeURIComponent(name)}/documents`, { truncate: true })
    )
    return { index, status: "succeeded" }
  }

  // ---------------------------------------------------------------- search

  protected prepare(input: SearchTypes.ProviderSearchQuery): Prepared {
    const definition = input.index
    const plan = buildPlan(definition)
    const options = input.search_options ?? {}
    const refuse = (what: string) => {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Typesense search provider does not support ${what}`)
    }
    if (options.vector) refuse("vector search")
    if (options.locales?.length) refuse("query-time locales")
    if (input.pagination?.cursor !== undefined) refuse("cursor pagination")
    if (options.min_score !== undefined) refuse("min_score")
    if (options.distinct || definition.settings?.distinct_attribute) refuse("distinct")
    if (options.match_strategy === "any") refuse('match_strategy "any" (Typesense only drops query words when too few documents match)')

    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(take) || take < 0) invalid("pagination skip and take must be non-negative integers")
    if (take > MAX_TAKE) invalid(`Typesense returns at most ${MAX_TAKE} hits per query (take: ${take})`)

    const q = input.q?.trim() || undefined
    const searchOn = options.attributes_to_search_on ?? plan.searchable
    for (const path of searchOn) {
      if (!plan.searchable.includes(path)) invalid(`Field "${path}" is not searchable on search index "${definition.name}"`)
    }
    if (q && !searchOn.length) invalid(`Search index "${definition.name}" has no searchable fields, so it cannot be queried by text`)

    const params: Record<string, unknown> = { q: q ?? "*", offset: skip, limit: take }
    if (searchOn.length) {
      params.query_by = searchOn.join(",")
      params.query_by_weights = searchOn.map((p) => Math.max(0, Math.min(127, Math.round(searchWeight(plan.fields.get(p)!.field))))).join(",")
    }
    // Typo tolerance: as the first-party providers, only when the query asks for it and the index allows it.
    const typo = definition.settings?.typo_tolerance
    const fuzzy = !!q && !!options.typo_tolerance && (typo?.enabled ?? true)
    const disabled = new Set(typo?.disabled_on_attributes ?? [])
    if (searchOn.length) params.num_typos = searchOn.map((p) => (fuzzy && !disabled.has(p) ? 2 : 0)).join(",")
    if (fuzzy) {
      params.min_len_1typo = typo?.min_word_size_for_one_typo ?? 4
      params.min_len_2typo = typo?.min_word_size_for_two_typos ?? 7
    }
    // "all" (default): every word must match, as a whole token; "last": the last word is a prefix.
    params.prefix = options.match_strategy === "last"
    params.drop_tokens_threshold = 0

    const filterBy = compileFilters(plan, input.filters)
    if (filterBy) params.filter_by = filterBy

    const sort: string[] = []
    for (const [path, dir] of Object.entries(input.pagination?.order ?? {})) {
      const d = dir === "ASC" ? "asc" : "desc"
      if (path === "_score") {
        sort.push(`_text_match:${d}`)
        continue
      }
      const f = plan.fields.get(path)
      if (!f) invalid(`Cannot sort search index "${definition.name}" by unknown field "${path}"`)
      if (!f!.field.sortable) invalid(`Field "${path}" is not sortable on search index "${definition.name}"`)
      sort.push(`${path}:${d}`)
    }
    if (sort.length > 3) invalid(`Typesense sorts by at most 3 fields (got ${sort.length})`)
    if (sort.length) params.sort_by = sort.join(",")

    const facets = this.prepareFacets(plan, options.facets ?? [], definition.name)
    if (facets.length) {
      const parts: string[] = []
      const seen = new Set<string>()
      for (const f of facets) {
        if (seen.has(f.field)) invalid(`Typesense computes one facet per field per query ("${f.field}" requested twice)`)
        seen.add(f.field)
        parts.push(
          f.type === "range"
            ? // An open lower bound is written as -2^53 (documented Typesense ranges are closed below).
              `${f.field}(${f.ranges.map((r) => `${r.label}:[${r.from ?? -Number.MAX_SAFE_INTEGER}, ${r.to ?? ""}]`).join(", ")})`
            : f.field
        )
      }
      params.facet_by = parts.join(",")
      const values = facets.filter((f): f is ValueFacet => f.type === "value")
      // One max_facet_values per query: the largest limit, trimmed per facet afterwards; an
      // alphabetical facet needs every value to pick the first ones.
      params.max_facet_values = Math.max(10, ...values.map((f) => (f.sort === "alpha" ? 1000 : f.limit)))
      const queried = values.filter((f) => f.query)
      if (queried.length > 1) invalid("Typesense filters the values of one facet per query (facet query)")
      if (queried.length) params.facet_query = `${queried[0].field}:${queried[0].query}`
    }

    const highlight = options.highlight
    if (highlight && q) {
      const h = highlight === true ? { fields: searchOn } : highlight
      for (const path of h.fields) {
        if (!searchOn.includes(path)) invalid(`Cannot highlight "${path}": it is not searched by this query`)
      }
      params.highlight_fields = h.fields.join(",")
      params.highlight_start_tag = h.pre_tag ?? "<mark>"
      params.highlight_end_tag = h.post_tag ?? "</mark>"
      if (h.snippet) {
        params.snippet_threshold = 0
        params.highlight_affix_num_tokens = typeof h.snippet === "object" ? Math.max(1, Math.floor(h.snippet.length / 2)) : 4
      } else {
        params.highlight_full_fields = h.fields.join(",")
      }
    }
    params.exhaustive_search = options.count === "exact"

    return { input, plan, params: filterBy === false ? null : params, facets, skip, take }
  }

  protected prepareFacets(plan: IndexPlan, requests: (string | SearchTypes.SearchFacetRequest)[], indexName: string): Facet[] {
    return requests.map((raw) => {
      const request = typeof raw === "string" ? ({ field: raw, type: "value" } as SearchTypes.SearchFacetRequest) : raw
      const f = plan.fields.get(request.field)
      if (!f || !isFacetable(f.field)) invalid(`Field "${request.field}" is not facetable on search index "${indexName}"`)
      if (request.type === "stats" || request.type === "range") {
        if (!isNumeric(f!)) invalid(`${request.type === "stats" ? "Stats" : "Range"} facets require a numeric field ("${request.field}")`)
      }
      if (request.type === "stats") return { field: request.field, type: "stats" }
      if (request.type === "range") {
        const num = (v: number | string | undefined) => {
          if (v === undefined) return undefined
          const n = f!.kind === "date" && typeof v === "string" ? Date.parse(v) : Number(v)
          if (Number.isNaN(n)) invalid(`Range bound ${JSON.stringify(v)} of "${request.field}" is not a number`)
          return n
        }
        return {
          field: request.field,
          type: "range",
          ranges: request.ranges.map((r, i) => ({
            key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
            label: `r${i}`,
            from: num(r.from),
            to: num(r.to),
          })),
        }
      }
      return { field: request.field, type: "value", limit: request.limit ?? 10, sort: request.sort, query: request.query }
    })
  }

  protected buildResult(p: Prepared, response: TypesenseResponse | null): SearchTypes.SearchResult {
    const options = p.input.search_options ?? {}
    const definition = p.input.index
    const found = response?.found ?? 0
    const full = !!p.params?.highlight_full_fields
    const hits = (response?.hits ?? []).map((hit) => {
      const document = restoreDates(hit.document, definition.fields)
      const out: SearchTypes.SearchHit = {
        id: String(hit.document.id),
        document: projectDocument(document, p.input.attributes_to_retrieve),
      }
      if (options.include_score && hit.text_match !== undefined) out.score = Number(hit.text_match)
      if (options.highlight && p.input.q?.trim() && hit.highlights?.length) {
        out.highlights = {}
        for (const h of hit.highlights) {
          const fragments = (full ? (h.values ?? (h.value !== undefined ? [h.value] : undefined)) : undefined) ??
            h.snippets ?? (h.snippet !== undefined ? [h.snippet] : [])
          if (fragments.length) out.highlights[h.field] = fragments
        }
      }
      return out
    })
    let facets: Record<string, SearchTypes.SearchFacetResult> | undefined
    if (p.facets.length) {
      facets = {}
      const byField = new Map((response?.facet_counts ?? []).map((c) => [c.field_name, c]))
      for (const f of p.facets) {
        const counts = byField.get(f.field)
        if (f.type === "stats") {
          const s = counts?.stats ?? {}
          facets[f.field] = { type: "stats", min: Number(s.min ?? 0), max: Number(s.max ?? 0), avg: s.avg, sum: s.sum, count: found }
        } else if (f.type === "range") {
          const byLabel = new Map((counts?.counts ?? []).map((c) => [c.value, c.count]))
          facets[f.field] = {
            type: "range",
            ranges: f.ranges.map((r) => ({ key: r.key, from: r.from, to: r.to, count: byLabel.get(r.label) ?? 0 })),
          }
        } else {
          let values = (counts?.counts ?? []).map((c) => ({ value: String(c.value), count: Number(c.count) }))
          values =
            f.sort === "alpha"
              ? values.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
              : values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
          facets[f.field] = { type: "value", values: values.slice(0, f.limit) }
        }
      }
    }
    return {
      hits,
      facets,
      metadata: {
        skip: p.skip,
        take: p.take,
        count: options.count === "none" ? null : found,
        query: p.input.q,
        processing_time_ms: response?.search_time_ms,
      },
    }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query in one `multi_search` round trip; per-query errors are thrown as MedusaErrors. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const prepared = inputs.map((input) => this.prepare(input))
    const live = prepared.filter((p) => p.params)
    let responses: TypesenseResponse[] = []
    if (live.length) {
      const searches = live.map((p) => ({ collection: this.collection(p.input.index.physical_name), ...p.params }))
      const body = (await this.call("multi_search", () => this.client_.multiSearch.perform({ searches } as never))) as unknown as {
        results: TypesenseResponse[]
      }
      responses = body.results
      responses.forEach((r, i) => {
        if (r.error) {
          throw this.translate(`search on "${live[i].input.index.name}"`, { httpStatus: r.code ?? 400, message: r.error })
        }
      })
    }
    let next = 0
    return prepared.map((p) => this.buildResult(p, p.params ? responses[next++] : null))
  }
}

export default TypesenseSearchProviderService
