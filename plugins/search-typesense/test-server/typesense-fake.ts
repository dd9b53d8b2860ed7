/**
 * A small, honest test double of the Typesense REST API (the subset the provider uses), on a real
 * HTTP port. It checks the API key, validates schemas and documents, and answers in Typesense's
 * shapes and status codes. Search: tokens (lower-cased, split on non-alphanumerics) must all match,
 * across the `query_by` fields; the last token may be a prefix (`prefix`, default true); typos by
 * Damerau-Levenshtein distance ≤ `num_typos` (capped to 1 below `min_len_2typo`, 0 below
 * `min_len_1typo`), tried only when fewer than `typo_tokens_threshold` documents match exactly;
 * `drop_tokens_threshold` drops words from the right; synonyms (multi-way and one-way).
 * Not modelled: ranking beyond a simple score, stemming, locales, geo, vectors, joins, grouping.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

type Doc = Record<string, unknown> & { id: string }
type Field = { name: string; type: string; optional?: boolean; facet?: boolean; sort?: boolean; index?: boolean }
interface Collection {
  schema: { name: string; fields: Field[]; enable_nested_fields?: boolean; metadata?: unknown; synonym_sets?: string[]; created_at: number }
  docs: Map<string, Doc>
  seq: Map<string, number>
  synonyms: Map<string, { id: string; synonyms: string[]; root?: string }>
}
class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message)
  }
}
const TYPES = new Set(["string", "int32", "int64", "float", "bool", "string[]", "int32[]", "int64[]", "float[]", "bool[]", "object", "object[]", "auto", "string*"])
const fail = (status: number, message: string): never => {
  throw new HttpError(status, message)
}
const tokenize = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
const isNum = (t: string) => /^(int|float)/.test(t)

/** Damerau-Levenshtein (optimal string alignment) distance. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** A field's values (flattened through nested objects and arrays of objects). */
function valuesAt(c: Collection, doc: Doc, path: string): unknown[] {
  if (path === "id") return [doc.id]
  if (!c.schema.enable_nested_fields || !path.includes(".")) {
    const v = doc[path]
    return v === undefined || v === null ? [] : Array.isArray(v) ? v.flat(Infinity) : [v]
  }
  let cur: unknown[] = [doc]
  for (const seg of path.split(".")) {
    cur = cur.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (v && typeof v === "object" ? (v as Record<string, unknown>)[seg] : undefined))
    cur = cur.filter((v) => v !== undefined && v !== null)
  }
  return cur.flat(Infinity).filter((v) => v !== null && v !== undefined)
}

function field(c: Collection, name: string, what: string): Field {
  if (name === "id") return { name: "id", type: "string" }
  const f = c.schema.fields.find((x) => x.name === name)
  if (!f) fail(400, `Could not find a ${what} field named \`${name}\` in the schema.`)
  return f!
}

function validateDoc(c: Collection, doc: Doc) {
  if (doc.id !== undefined && typeof doc.id !== "string") fail(400, "Document's `id` field should be a string.")
  for (const f of c.schema.fields) {
    const vals = valuesAt(c, doc, f.name)
    const raw = f.name.includes(".") && c.schema.enable_nested_fields ? vals : doc[f.name]
    if (!vals.length) {
      if (!f.optional) fail(400, `Field \`${f.name}\` has been declared in the schema, but is not found in the document.`)
      continue
    }
    const isArr = f.type.endsWith("[]")
    if (!isArr && Array.isArray(raw) && !(f.name.includes(".") && vals.length === 1)) fail(400, `Field \`${f.name}\` must be a ${f.type}.`)
    const base = f.type.replace("[]", "")
    for (const v of vals) {
      const ok =
        base === "string" ? typeof v === "string" : base === "bool" ? typeof v === "boolean" : base === "float" ? typeof v === "number" : Number.isInteger(v)
      if (!ok) fail(400, `Field \`${f.name}\` must be ${isArr ? "an array of " : "a"} ${base}${isArr ? "s" : ""}.`)
    }
  }
}

// ------------------------------------------------------------------------------ filter_by
type Pred = (doc: Doc) => boolean
function parseFilter(c: Collection, src: string): Pred {
  let i = 0
  const ws = () => {
    while (src[i] === " ") i++
  }
  const expr = (): Pred => {
    let left = andExpr()
    ws()
    while (src.startsWith("||", i)) {
      i += 2
      const l = left, r = andExpr()
      left = (d) => l(d) || r(d)
      ws()
    }
    return left
  }
  const andExpr = (): Pred => {
    let left = term()
    ws()
    while (src.startsWith("&&", i)) {
      i += 2
      const l = left, r = term()
      left = (d) => l(d) && r(d)
      ws()
    }
    return left
  }
  const term = (): Pred => {
    ws()
    if (src[i] === "(") {
      i++
      const e = expr()
      ws()
      if (src[i] !== ")") fail(400, "Could not parse the filter query: unbalanced parentheses.")
      i++
      return e
    }
    return clause()
  }
  const value = (): string => {
    ws()
    if (src[i] === "`") {
      const end = src.indexOf("`", i + 1)
      if (end < 0) fail(400, "Could not parse the filter query.")
      const v = src.slice(i + 1, end)
      i = end + 1
      return v
    }
    const m = /^[^,\]\s()&|]+/.exec(src.slice(i))
    if (!m) fail(400, "Could not parse the filter query.")
    i += m![0].length
    return m![0]
  }
  const clause = (): Pred => {
    const m = /^([\w.]+)\s*:\s*(!=|<=|>=|=|<|>)?/.exec(src.slice(i))
    if (!m) fail(400, `Could not parse the filter query: \`${src.slice(i, i + 20)}\`.`)
    i += m![0].length
    const f = field(c, m![1], "filter")
    const op = m![2] ?? ""
    ws()
    let vals: string[]
    if (src[i] === "[") {
      i++
      vals = []
      ws()
      while (src[i] !== "]") {
        vals.push(value())
        ws()
        if (src[i] === ",") i++
        else if (src[i] !== "]") fail(400, "Could not parse the filter query: expected `,` or `]`.")
        ws()
      }
      i++
    } else vals = [value()]
    const base = f.type.replace("[]", "")
    const typed = vals.map((v) => {
      if (isNum(base)) {
        const n = Number(v)
        if (v === "" || Number.isNaN(n)) fail(400, `Error with filter field \`${f.name}\`: Not an ${base} value.`)
        return n
      }
      if (base === "bool") {
        if (v !== "true" && v !== "false") fail(400, `Value of filter field \`${f.name}\` must be \`true\` or \`false\`.`)
        return v === "true"
      }
      return v
    })
    if (["<", "<=", ">", ">="].includes(op) && !isNum(base)) fail(400, `Error with filter field \`${f.name}\`: range filters need a numerical field.`)
    const cmp = (dv: unknown, tv: unknown): boolean => {
      switch (op) {
        case "<": return (dv as number) < (tv as number)
        case "<=": return (dv as number) <= (tv as number)
        case ">": return (dv as number) > (tv as number)
        case ">=": return (dv as number) >= (tv as number)
        case "": // non-exact on strings: every token of the value is a token of the field
          return typeof dv === "string" ? tokenize(String(tv)).every((t) => tokenize(dv).includes(t)) : dv === tv
        default:
          return dv === tv
      }
    }
    if (op === "!=") return (d) => !valuesAt(c, d, f.name).some((dv) => typed.some((tv) => dv === tv))
    return (d) => valuesAt(c, d, f.name).some((dv) => typed.some((tv) => cmp(dv, tv)))
  }
  const p = expr()
  ws()
  if (i !== src.length) fail(400, `Could not parse the filter query: unexpected \`${src.slice(i)}\`.`)
  return p
}

// ------------------------------------------------------------------------------ search
type P = Record<string, string | undefined>
const bool = (v: string | undefined, dflt: boolean) => (v === undefined ? dflt : v === "true" || v === "1")
const int = (v: string | undefined, dflt: number) => (v === undefined || v === "" ? dflt : Number(v))

type Synonym = { id: string; synonyms: string[]; root?: string }
function search(c: Collection, p: P, sets: Map<string, Synonym[]>) {
  const started = Date.now()
  const q = p.q ?? fail(400, "Parameter `q` is required.")
  const queryBy = (p.query_by ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  if (!queryBy.length && q !== "*") fail(400, "Parameter `query_by` is required.")
  const fields = queryBy.map((name) => {
    const f = field(c, name, "search")
    if (!f.type.startsWith("string")) fail(400, `Field \`${name}\` should be a string or a string array.`)
    return f
  })
  const perField = (v: string | undefined, dflt: number) => {
    const list = (v ?? "").split(",").filter((s) => s !== "").map(Number)
    if (list.length > 1 && list.length !== queryBy.length) fail(400, "Number of weights/typos must match the number of `query_by` fields.")
    return queryBy.map((_, k) => (list.length ? (list.length === 1 ? list[0] : list[k]) : dflt))
  }
  const weights = perField(p.query_by_weights, 1)
  const typos = perField(p.num_typos, 2)
  const min1 = int(p.min_len_1typo, 4), min2 = int(p.min_len_2typo, 7)
  const prefix = bool(p.prefix, true)
  const filter = p.filter_by ? parseFilter(c, p.filter_by) : () => true
  let docs = [...c.docs.values()].filter(filter)

  const scores = new Map<string, number>()
  const matched = new Map<string, Set<string>>() // doc id → matched document tokens (for highlights)
  if (q !== "*") {
    const words = tokenize(q)
    // Synonym expansion: every alternative token list the query stands for.
    const alternatives = [words]
    for (const s of [...c.synonyms.values(), ...(c.schema.synonym_sets ?? []).flatMap((n) => sets.get(n) ?? [])]) {
      const groups = s.synonyms.map(tokenize)
      const heads = s.root ? [tokenize(s.root)] : groups
      for (const head of heads) {
        const at = words.findIndex((_, k) => head.length && head.every((t, m) => words[k + m] === t))
        if (at < 0) continue
        for (const g of groups) if (g.join(" ") !== head.join(" ")) alternatives.push([...words.slice(0, at), ...g, ...words.slice(at + head.length)])
      }
    }
    const run = (withTypos: boolean, tokenLists: string[][]) => {
      const hits: Doc[] = []
      for (const d of docs) {
        let best = -1
        const seen = new Set<string>()
        for (const toks of tokenLists) {
          let score = 0
          const ok = toks.every((t, k) => {
            let tokenBest = 0
            fields.forEach((f, fi) => {
              for (const v of valuesAt(c, d, f.name)) {
                for (const dt of tokenize(String(v))) {
                  const isLast = k === toks.length - 1
                  let s = 0
                  if (dt === t) s = 3
                  else if (prefix && isLast && dt.startsWith(t)) s = 2
                  else if (withTypos) {
                    const allowed = Math.min(typos[fi], t.length >= min2 ? 2 : t.length >= min1 ? 1 : 0)
                    const cand = prefix && isLast && dt.length > t.length ? dt.slice(0, t.length) : dt
                    if (allowed > 0 && distance(t, cand) <= allowed) s = 1
                  }
                  if (s) seen.add(dt)
                  tokenBest = Math.max(tokenBest, s * (weights[fi] || 1))
                }
              }
            })
            score += tokenBest
            return tokenBest > 0
          })
          if (ok) best = Math.max(best, score)
        }
        if (best >= 0) {
          hits.push(d)
          scores.set(d.id, best)
          matched.set(d.id, seen)
        }
      }
      return hits
    }
    const anyTypos = typos.some((t) => t > 0)
    let result = run(false, alternatives)
    if (anyTypos && result.length < int(p.typo_tokens_threshold, 1)) result = run(true, alternatives)
    // Drop words from the right while too few documents match (drop_tokens_threshold).
    const dropThreshold = int(p.drop_tokens_threshold, 1)
    for (let n = words.length - 1; result.length < dropThreshold && n >= 1; n--) result = run(anyTypos, alternatives.map((a) => a.slice(0, n)))
    docs = result
  }

  // Sorting
  const sortBy = (p.sort_by ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  if (sortBy.length > 3) fail(400, "Only upto 3 sort_by fields can be specified.")
  const keys = sortBy.map((s) => {
    const [name, dir = "asc"] = s.split(":")
    if (name !== "_text_match") {
      const f = field(c, name, "sort")
      if (!isNum(f.type) && !f.sort) fail(400, `Could not find a field named \`${name}\` in the schema for sorting.`)
      if (f.type.endsWith("[]")) fail(400, `Cannot sort on array field \`${name}\`.`)
    }
    return { name, desc: dir.toLowerCase() === "desc" }
  })
  if (!keys.length && q !== "*") keys.push({ name: "_text_match", desc: true })
  const val = (d: Doc, name: string) => (name === "_text_match" ? scores.get(d.id) ?? 0 : valuesAt(c, d, name)[0])
  docs.sort((a, b) => {
    for (const k of keys) {
      const x = val(a, k.name), y = val(b, k.name)
      if (x === y) continue
      if (x === undefined) return 1
      if (y === undefined) return -1
      return ((x as number) < (y as number) ? -1 : 1) * (k.desc ? -1 : 1)
    }
    return (c.seq.get(b.id) ?? 0) - (c.seq.get(a.id) ?? 0)
  })

  // Facets
  const facetCounts: unknown[] = []
  const facetBy = (p.facet_by ?? "").split(/,(?![^(]*\))/).map((s) => s.trim()).filter(Boolean)
  const maxValues = int(p.max_facet_values, 10)
  const [fqField, fqValue] = p.facet_query ? [p.facet_query.split(":")[0], p.facet_query.split(":").slice(1).join(":")] : []
  for (const spec of facetBy) {
    const m = /^([\w.]+)(?:\((.*)\))?$/.exec(spec) ?? fail(400, `Invalid facet_by: \`${spec}\`.`)
    const f = field(c, m![1], "facet")
    if (!f.facet) fail(400, `Could not find a facet field named \`${f.name}\` in the schema.`)
    const all = docs.flatMap((d) => [...new Set(valuesAt(c, d, f.name).map(String))])
    let counts: { value: string; count: number; highlighted: string }[]
    if (m![2] !== undefined) {
      if (!isNum(f.type)) fail(400, "Range facets need a numerical field.")
      counts = m![2].split(/,(?![^[]*\])/).map((r) => {
        const rm = /^\s*(\w+)\s*:\s*\[\s*([^,\]]*)\s*,\s*([^\]]*)\]\s*$/.exec(r) ?? fail(400, `Invalid range facet: \`${r}\`.`)
        const lo = rm![2].trim() === "" ? -Infinity : Number(rm![2]), hi = rm![3].trim() === "" ? Infinity : Number(rm![3])
        const count = docs.filter((d) => valuesAt(c, d, f.name).some((v) => (v as number) >= lo && (v as number) < hi)).length
        return { value: rm![1], count, highlighted: rm![1] }
      }).filter((r) => r.count > 0)
    } else {
      const tally = new Map<string, number>()
      for (const v of all) tally.set(v, (tally.get(v) ?? 0) + 1)
      counts = [...tally]
        .filter(([v]) => fqField !== f.name || tokenize(v).some((t) => tokenize(fqValue!).every((qt) => t.startsWith(qt))))
        .map(([value, count]) => ({ value, count, highlighted: value }))
        .sort((a, b) => b.count - a.count)
        .slice(0, maxValues)
    }
    const entry: Record<string, unknown> = { field_name: f.name, counts, sampled: false, stats: { total_values: new Set(all).size } }
    if (isNum(f.type)) {
      const nums = docs.flatMap((d) => valuesAt(c, d, f.name) as number[])
      if (nums.length) {
        const sum = nums.reduce((s, n) => s + n, 0)
        entry.stats = { min: Math.min(...nums), max: Math.max(...nums), sum, avg: sum / nums.length, total_values: new Set(nums).size }
      }
    }
    facetCounts.push(entry)
  }

  // Pagination
  const limit = int(p.limit ?? p.per_page, 10)
  if (limit > 250) fail(422, "Only upto 250 hits can be fetched per page.")
  const offset = p.offset !== undefined ? int(p.offset, 0) : (int(p.page, 1) - 1) * limit
  const page = docs.slice(offset, offset + limit)

  // Highlights
  const hlFields = p.highlight_fields === "none" ? [] : (p.highlight_fields ?? p.query_by ?? "").split(",").filter(Boolean)
  const full = new Set((p.highlight_full_fields ?? "").split(",").filter(Boolean))
  const [pre, post] = [p.highlight_start_tag ?? "<mark>", p.highlight_end_tag ?? "</mark>"]
  const affix = int(p.highlight_affix_num_tokens, 4)
  const mark = (text: string, toks: Set<string>) => {
    const words = text.split(/(\s+)/)
    const marked = words.map((w) => (tokenize(w).some((t) => toks.has(t)) ? `${pre}${w}${post}` : w))
    const firstHit = words.findIndex((w) => tokenize(w).some((t) => toks.has(t)))
    const snippetWords = marked.filter((_, k) => k % 2 === 0)
    const at = Math.floor(Math.max(firstHit, 0) / 2)
    return { value: marked.join(""), snippet: snippetWords.slice(Math.max(0, at - affix), at + affix + 1).join(" "), hit: firstHit >= 0 }
  }
  const hits = page.map((d) => {
    const toks = matched.get(d.id) ?? new Set<string>()
    const highlights = q === "*" ? [] : hlFields.flatMap((name) => {
      const raw = valuesAt(c, d, name).map(String)
      const marks = raw.map((v) => mark(v, toks))
      if (!marks.some((m) => m.hit)) return []
      const isArray = field(c, name, "highlight").type.endsWith("[]")
      const h: Record<string, unknown> = { field: name, matched_tokens: [...toks] }
      if (isArray) {
        h.snippets = marks.filter((m) => m.hit).map((m) => m.snippet)
        if (full.has(name)) h.values = marks.filter((m) => m.hit).map((m) => m.value)
      } else {
        h.snippet = marks[0].snippet
        if (full.has(name)) h.value = marks[0].value
      }
      return [h]
    })
    return { document: d, highlights, highlight: {}, text_match: scores.get(d.id) ?? 0 }
  })
  return { facet_counts: facetCounts, found: docs.length, out_of: c.docs.size, page: Math.floor(offset / Math.max(limit, 1)) + 1, request_params: { q, per_page: limit }, search_time_ms: Date.now() - started, hits }
}

// ------------------------------------------------------------------------------ HTTP
export interface TypesenseFake {
  url: string
  apiKey: string
  server: Server
  requests: { method: string; path: string }[]
  close(): Promise<void>
}

/** `version` "30.0" or later: synonym sets (`/synonym_sets`) replace per-collection synonyms, as in Typesense 30. */
export async function startTypesenseFake(apiKey = "test-key", port = 0, version = "29.0"): Promise<TypesenseFake> {
  const collections = new Map<string, Collection>()
  const synonymSets = new Map<string, Synonym[]>()
  const v30 = Number(version.split(".")[0]) >= 30
  const requests: { method: string; path: string }[] = []
  let seq = 0
  const get = (name: string) => collections.get(name) ?? fail(404, `Not found.`)
  const summary = (c: Collection) => ({ ...c.schema, num_documents: c.docs.size })

  const handle = async (req: IncomingMessage, body: string) => {
    const url = new URL(req.url ?? "/", "http://x")
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
    const params = Object.fromEntries(url.searchParams) as P
    const json = () => {
      try {
        return JSON.parse(body || "{}")
      } catch {
        return fail(400, "Bad JSON.")
      }
    }
    const m = req.method
    if (parts[0] === "health") return { ok: true }
    if (parts[0] === "debug") return { state: 1, version }
    if (parts[0] === "synonym_sets" && v30 && parts[1]) {
      if (m === "PUT") {
        const items = json().items
        if (!Array.isArray(items) || items.some((x: Synonym) => !x.id || !Array.isArray(x.synonyms))) fail(400, "Invalid synonym set: `items` must be an array of synonyms with an `id`.")
        synonymSets.set(parts[1], items)
        return { name: parts[1], items }
      }
      if (m === "DELETE") return synonymSets.delete(parts[1]) ? { name: parts[1] } : fail(404, "Not found.")
    }
    if (parts[0] === "multi_search" && m === "POST") {
      const searches = (json().searches ?? []) as P[]
      return {
        results: searches.map((s) => {
          try {
            const merged = { ...params, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v === undefined ? undefined : String(v)])) }
            return search(get(merged.collection ?? fail(400, "Missing `collection`.")), merged, synonymSets)
          } catch (e) {
            if (e instanceof HttpError) return { error: e.message, code: e.status }
            throw e
          }
        }),
      }
    }
    if (parts[0] !== "collections") fail(404, "Not Found")
    if (parts.length === 1) {
      if (m === "GET") return [...collections.values()].map(summary)
      if (m === "POST") {
        const s = json()
        if (!s.name || typeof s.name !== "string") fail(400, "Parameter `name` is required.")
        if (collections.has(s.name)) fail(409, `A collection with name \`${s.name}\` already exists.`)
        if (!Array.isArray(s.fields)) fail(400, "Parameter `fields` is required.")
        const names = new Set<string>()
        for (const f of s.fields as Field[]) {
          if (!f.name || !TYPES.has(f.type)) fail(400, `Field \`${f.name}\` has an invalid data type.`)
          if (f.name === "id" && f.type !== "string") fail(400, "Field `id` must be a string.")
          if (names.has(f.name)) fail(400, `There are duplicate field names in the schema.`)
          if (f.facet && f.type.startsWith("object")) fail(400, `Field \`${f.name}\`: objects cannot be faceted.`)
          names.add(f.name)
        }
        for (const n of (s.synonym_sets ?? []) as string[]) if (!v30 || !synonymSets.has(n)) fail(400, `Synonym set \`${n}\` not found.`)
        const c: Collection = { schema: { name: s.name, fields: s.fields, enable_nested_fields: !!s.enable_nested_fields, metadata: s.metadata, synonym_sets: s.synonym_sets, created_at: Math.floor(Date.now() / 1000) }, docs: new Map(), seq: new Map(), synonyms: new Map() }
        collections.set(s.name, c)
        return summary(c)
      }
    }
    const c = get(parts[1])
    if (parts.length === 2) {
      if (m === "GET") return summary(c)
      if (m === "DELETE") {
        collections.delete(parts[1])
        return summary(c)
      }
      if (m === "PATCH") {
        const s = json()
        if (s.fields) fail(400, "This fake does not alter fields.")
        for (const n of (s.synonym_sets ?? []) as string[]) if (!v30 || !synonymSets.has(n)) fail(400, `Synonym set \`${n}\` not found.`)
        if (s.synonym_sets) c.schema.synonym_sets = s.synonym_sets
        return { synonym_sets: c.schema.synonym_sets }
      }
    }
    if (parts[2] === "synonyms" && parts[3] && m === "PUT" && !v30) {
      const s = json()
      if (!Array.isArray(s.synonyms) || !s.synonyms.length) fail(400, "Could not find an array of `synonyms`")
      c.synonyms.set(parts[3], { id: parts[3], synonyms: s.synonyms, root: s.root || undefined })
      return { id: parts[3], ...s }
    }
    if (parts[2] === "documents") {
      if (parts[3] === "import" && m === "POST") {
        const action = params.action ?? "create"
        return body
          .split("\n")
          .filter((l) => l.trim())
          .map((line) => {
            try {
              const doc = JSON.parse(line) as Doc
              doc.id ??= String(++seq)
              if (action === "create" && c.docs.has(doc.id)) fail(409, "A document with id " + doc.id + " already exists.")
              validateDoc(c, doc)
              c.docs.set(doc.id, doc)
              c.seq.set(doc.id, ++seq)
              return JSON.stringify({ success: true })
            } catch (e) {
              const err = e instanceof HttpError ? e : new HttpError(400, "Bad JSON.")
              return JSON.stringify({ code: err.status, error: err.message, document: line, success: false })
            }
          })
          .join("\n")
      }
      if (parts[3] === "search" && m === "GET") return search(c, params, synonymSets)
      if (parts.length === 3 && m === "DELETE") {
        if (params.truncate === "true") {
          const n = c.docs.size
          c.docs.clear()
          return { num_deleted: n }
        }
        const pred = parseFilter(c, params.filter_by ?? fail(400, "Parameter `filter_by` must be provided."))
        let n = 0
        for (const [id, d] of c.docs) if (pred(d) && c.docs.delete(id)) n++
        return { num_deleted: n }
      }
      if (parts.length === 4) {
        const d = c.docs.get(parts[3]) ?? fail(404, `Could not find a document with id: ${parts[3]}`)
        if (m === "DELETE") c.docs.delete(parts[3])
        return d
      }
    }
    return fail(404, "Not Found")
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", async () => {
      requests.push({ method: req.method ?? "", path: req.url ?? "" })
      const send = (status: number, payload: unknown) => {
        const text = typeof payload === "string" ? payload : JSON.stringify(payload)
        res.writeHead(status, { "content-type": typeof payload === "string" ? "text/plain" : "application/json" })
        res.end(text)
      }
      const key = req.headers["x-typesense-api-key"] ?? new URL(req.url ?? "/", "http://x").searchParams.get("x-typesense-api-key")
      if (key !== apiKey) return send(401, { message: "Forbidden - a valid `x-typesense-api-key` header must be sent." })
      try {
        send(200, await handle(req, Buffer.concat(chunks).toString("utf8")))
      } catch (e) {
        send(e instanceof HttpError ? e.status : 500, { message: (e as Error).message })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    apiKey,
    server,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

// Standalone, for running the backend against it (after `medusa plugin:build`):
//   TYPESENSE_FAKE_PORT=8108 TYPESENSE_API_KEY=xyz node plugins/search-typesense/.medusa/server/test-server/typesense-fake.js
if (require.main === module) {
  startTypesenseFake(process.env.TYPESENSE_API_KEY || "test-key", Number(process.env.TYPESENSE_FAKE_PORT) || 0).then((fake) => {
    process.stdout.write(`Typesense fake listening on ${fake.url}\n`)
  })
}
