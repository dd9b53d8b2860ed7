import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, searchValueToBoolean, searchValueToNumber } from "@medusajs/framework/utils"

/**
 * How a search index definition maps onto a Typesense collection.
 *
 * Nested objects use Typesense's nested fields (`enable_nested_fields: true`): a document keeps its
 * shape (`vendor: { id, name }`, `categories: [{ id, name }]`) and every leaf of the definition is
 * declared under its dotted path (`vendor.id` → `string`, `categories.name` → `string[]`, since a
 * leaf under an array of objects collapses to an array, exactly as `readDocumentPath` does).
 * Dates are stored as int64 epoch milliseconds and handed back as ISO strings on hits.
 */

export type TypesenseFieldType = "string" | "int64" | "float" | "bool" | "string[]" | "int64[]" | "float[]" | "bool[]"

export interface PlannedField {
  path: string
  kind: SearchTypes.SearchFieldKind
  is_array: boolean
  field: SearchTypes.SearchFieldDefinition
}

export interface IndexPlan {
  primary_key: string
  /** Leaf fields by dotted path (objects are walked, never leaves). */
  fields: Map<string, PlannedField>
  /** Searchable string leaves, in definition order. */
  searchable: string[]
}

export const invalid = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

const notAllowed = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

export const isSearchable = (f: SearchTypes.SearchFieldDefinition) =>
  f.searchable === true || (typeof f.searchable === "object" && f.searchable !== null)
export const isFacetable = (f: SearchTypes.SearchFieldDefinition) =>
  f.facetable === true || (typeof f.facetable === "object" && f.facetable !== null)
export const searchWeight = (f: SearchTypes.SearchFieldDefinition) =>
  typeof f.searchable === "object" && f.searchable?.weight !== undefined ? f.searchable.weight : 1

export const isNumeric = (p: PlannedField) => p.kind === "integer" || p.kind === "float" || p.kind === "date"
export const isString = (p: PlannedField) => p.kind === "keyword" || p.kind === "text"

/** Flattens a definition into its leaves, refusing what Typesense (or this provider) cannot hold. */
export function buildPlan(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key" | "name">): IndexPlan {
  const fields = new Map<string, PlannedField>()
  const searchable: string[] = []
  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        if (!field.fields || !Object.keys(field.fields).length) {
          invalid(`Object field "${path}" on search index "${definition.name}" declares no fields`)
        }
        walk(field.fields!, path, isArray)
        continue
      }
      if (field.type === "vector" || field.type === "geo") {
        notAllowed(`The Typesense search provider does not support ${field.type} fields yet ("${path}" on "${definition.name}")`)
      }
      const planned: PlannedField = { path, kind: field.type, is_array: isArray, field }
      fields.set(path, planned)
      if (isSearchable(field)) {
        if (!isString(planned)) {
          invalid(`Field "${path}" is searchable but of type "${field.type}": Typesense matches text only on string fields`)
        }
        searchable.push(path)
      }
    }
  }
  walk(definition.fields, "", false)
  return { primary_key: definition.primary_key || "id", fields, searchable }
}

function typesenseType(p: PlannedField): TypesenseFieldType {
  const base = ({ keyword: "string", text: "string", integer: "int64", float: "float", boolean: "bool", date: "int64" } as const)[
    p.kind as "keyword"
  ]
  return (p.is_array ? `${base}[]` : base) as TypesenseFieldType
}

export interface TypesenseCollectionField {
  name: string
  type: TypesenseFieldType
  optional: true
  facet?: boolean
  sort?: boolean
  index?: boolean
}

/**
 * The collection fields for a plan. Only leaves the engine must index (searchable, filterable,
 * facetable or sortable) are declared; the rest is stored with the document and returned on hits.
 * `id` is Typesense's own document id (filterable natively) and is never declared.
 */
export function collectionFields(plan: IndexPlan): TypesenseCollectionField[] {
  const out: TypesenseCollectionField[] = []
  for (const p of plan.fields.values()) {
    if (p.path === "id") {
      if (isSearchable(p.field) || isFacetable(p.field) || p.field.sortable) {
        invalid(`Typesense cannot search, facet or sort on the document id; index the value under another field`)
      }
      continue
    }
    const indexed = isSearchable(p.field) || !!p.field.filterable || isFacetable(p.field) || !!p.field.sortable
    if (!indexed) {
      continue
    }
    const f: TypesenseCollectionField = { name: p.path, type: typesenseType(p), optional: true }
    if (isFacetable(p.field)) {
      f.facet = true
    }
    if (p.field.sortable) {
      if (p.is_array) {
        invalid(`Field "${p.path}" is an array and cannot be sortable in Typesense`)
      }
      f.sort = true
    }
    out.push(f)
  }
  return out
}

function coerceLeaf(value: unknown, kind: SearchTypes.SearchFieldKind): unknown {
  switch (kind) {
    case "integer": {
      const n = searchValueToNumber(value, false)
      return n === undefined ? undefined : Math.trunc(n)
    }
    case "float":
      return searchValueToNumber(value, false)
    case "date":
      return searchValueToNumber(value, true)
    case "boolean":
      return searchValueToBoolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

function coerceGroup(source: Record<string, unknown>, group: Record<string, SearchTypes.SearchFieldDefinition>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(group)) {
    const value = source[name]
    if (value === undefined || value === null) {
      continue
    }
    if (field.type === "object") {
      const objects = (Array.isArray(value) ? value.flat(Infinity) : [value]).filter(
        (v): v is Record<string, unknown> => !!v && typeof v === "object"
      )
      if (Array.isArray(value) || field.array) {
        out[name] = objects.map((o) => coerceGroup(o, field.fields ?? {}))
      } else if (objects.length) {
        out[name] = coerceGroup(objects[0], field.fields ?? {})
      }
      continue
    }
    const values = (Array.isArray(value) ? value.flat(Infinity) : [value])
      .filter((v) => v !== null && v !== undefined)
      .map((v) => coerceLeaf(v, field.type))
      .filter((v) => v !== undefined)
    if (field.array) {
      out[name] = values
    } else if (values.length) {
      out[name] = values[0]
    }
  }
  return out
}

/**
 * The document as stored in Typesense: the definition's fields only, values coerced to the declared
 * types (dates to epoch milliseconds), `id` set to the primary key's value as a string.
 */
export function toStoredDocument(document: SearchTypes.SearchDocument, definition: SearchTypes.ResolvedSearchIndexDefinition): Record<string, unknown> {
  const stored = coerceGroup(document, definition.fields)
  const key = document.id ?? document[definition.primary_key]
  if (key === undefined || key === null || key === "") {
    invalid(`A document written to the Typesense search provider is missing its primary key "${definition.primary_key}"`)
  }
  stored.id = String(key)
  return stored
}

/** Turns the epoch milliseconds of date leaves back into ISO strings. */
export function restoreDates(document: Record<string, unknown>, group: Record<string, SearchTypes.SearchFieldDefinition>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...document }
  for (const [name, field] of Object.entries(group)) {
    const value = out[name]
    if (value === undefined || value === null) {
      continue
    }
    if (field.type === "object" && field.fields) {
      out[name] = Array.isArray(value)
        ? value.map((v) => (v && typeof v === "object" ? restoreDates(v as Record<string, unknown>, field.fields!) : v))
        : typeof value === "object"
          ? restoreDates(value as Record<string, unknown>, field.fields)
          : value
    } else if (field.type === "date") {
      const toIso = (v: unknown) => (typeof v === "number" ? new Date(v).toISOString() : v)
      out[name] = Array.isArray(value) ? value.map(toIso) : toIso(value)
    }
  }
  return out
}
