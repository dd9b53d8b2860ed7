import type { SearchTypes } from "@medusajs/framework/types"
import { invalid, type IndexPlan, isNumeric, type PlannedField } from "./schema"

/**
 * Compiles the Search Module's filter tree into Typesense's `filter_by`.
 *
 * The tree is first put in negation normal form: `$not` is pushed down to the leaves (De Morgan,
 * `=`↔`!=`, `<`↔`>=`, …), so the emitted string only uses `:=`, `:!=`, `:<`, `:<=`, `:>`, `:>=`,
 * `[…]` lists, `&&`, `||` and parentheses, which every Typesense release since 0.24 understands.
 * Constant branches (`$in: []`) are folded: a filter that can match nothing is reported as
 * `false` so the caller can answer without a round trip.
 *
 * What Typesense cannot express is refused with INVALID_DATA rather than approximated: `$prefix`,
 * `$like`, range operators on strings or arrays, `$exists: false`, `$exists: true` on strings,
 * and values containing a backtick.
 */

type Op = "eq" | "ne" | "in" | "nin" | "lt" | "lte" | "gt" | "gte" | "exists" | "absent"
type Node =
  | { t: "and" | "or"; children: Node[] }
  | { t: "cmp"; field: PlannedField; op: Op; values: Array<string | number | boolean> }
  | { t: "const"; value: boolean }

const NEGATE: Record<Op, Op> = { eq: "ne", ne: "eq", in: "nin", nin: "in", lt: "gte", gte: "lt", gt: "lte", lte: "gt", exists: "absent", absent: "exists" }
const ID_FIELD: PlannedField = { path: "id", kind: "keyword", is_array: false, field: { type: "keyword", filterable: true } }

function lookup(plan: IndexPlan, path: string): PlannedField {
  if (path === "id" || path === plan.primary_key) {
    return plan.fields.get("id") ?? ID_FIELD
  }
  const f = plan.fields.get(path)
  if (!f) {
    invalid(`Cannot filter on unknown field "${path}"`)
  }
  return f!
}

function castValue(field: PlannedField, value: unknown): string | number | boolean {
  if (value instanceof Date || field.kind === "date") {
    const n = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value))
    if (Number.isNaN(n)) {
      invalid(`Cannot read filter value ${JSON.stringify(value)} of "${field.path}" as a date`)
    }
    return n
  }
  if (field.kind === "integer" || field.kind === "float") {
    const n = typeof value === "number" ? value : Number(value)
    if (typeof value === "boolean" || value === "" || Number.isNaN(n) || !Number.isFinite(n)) {
      invalid(`Cannot read filter value ${JSON.stringify(value)} of "${field.path}" as a number`)
    }
    return n
  }
  if (field.kind === "boolean") {
    if (value === true || value === "true") return true
    if (value === false || value === "false") return false
    invalid(`Cannot read filter value ${JSON.stringify(value)} of "${field.path}" as a boolean`)
  }
  const s = typeof value === "string" ? value : String(value)
  if (s.includes("`")) {
    invalid(`Typesense cannot filter "${field.path}" on a value containing a backtick`)
  }
  return s
}

const isOperatorMap = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) && Object.keys(v).some((k) => k.startsWith("$"))

const and = (children: Node[]): Node => ({ t: "and", children })
const or = (children: Node[]): Node => ({ t: "or", children })

function fieldNode(plan: IndexPlan, path: string, raw: unknown): Node {
  // A nested object without operators is a filter on its sub-paths: { vendor: { id: "v1" } }.
  if (raw && typeof raw === "object" && !Array.isArray(raw) && !(raw instanceof Date) && !isOperatorMap(raw)) {
    return and(Object.entries(raw as Record<string, unknown>).map(([k, v]) => fieldNode(plan, `${path}.${k}`, v)))
  }
  const field = lookup(plan, path)
  const list = (v: unknown) => (Array.isArray(v) ? v : [v])
  const cmp = (op: Op, values: unknown[]): Node => {
    if (values.some((v) => v === null || v === undefined)) {
      // Equality with null means "not set"; see the `absent` case.
      const rest = values.filter((v) => v !== null && v !== undefined)
      const nullNode: Node = { t: "cmp", field, op: op === "eq" || op === "in" ? "absent" : "exists", values: [] }
      if (!rest.length) return nullNode
      const restNode = cmp(op, rest)
      return op === "eq" || op === "in" ? or([restNode, nullNode]) : and([restNode, nullNode])
    }
    if ((op === "in" || op === "nin") && !values.length) {
      return { t: "const", value: op === "nin" }
    }
    return { t: "cmp", field, op, values: values.map((v) => castValue(field, v)) }
  }
  if (!isOperatorMap(raw)) {
    return Array.isArray(raw) ? cmp("in", raw) : cmp("eq", [raw])
  }
  const parts: Node[] = []
  for (const [operator, value] of Object.entries(raw)) {
    switch (operator) {
      case "$eq":
        parts.push(cmp("eq", [value]))
        break
      case "$ne":
        parts.push(cmp("ne", [value]))
        break
      case "$in":
        parts.push(cmp("in", list(value)))
        break
      case "$nin":
        parts.push(cmp("nin", list(value)))
        break
      case "$lt":
      case "$lte":
      case "$gt":
      case "$gte":
        if (!isNumeric(field) || field.is_array) {
          invalid(`Typesense cannot apply "${operator}" to ${field.is_array ? "array" : field.kind} field "${path}"; range filters need a numeric or date field`)
        }
        parts.push(cmp(operator.slice(1) as Op, [value]))
        break
      case "$exists":
        parts.push({ t: "cmp", field, op: value ? "exists" : "absent", values: [] })
        break
      case "$contains":
        if (!field.is_array) invalid(`Operator $contains on "${path}" needs an array field`)
        parts.push(and(list(value).map((v) => cmp("eq", [v]))))
        break
      case "$overlaps":
        if (!field.is_array) invalid(`Operator $overlaps on "${path}" needs an array field`)
        parts.push(cmp("in", list(value)))
        break
      default:
        invalid(`The Typesense search provider does not support filter operator "${operator}" (on "${path}")`)
    }
  }
  return and(parts)
}

function toTree(plan: IndexPlan, filters: SearchTypes.SearchFilters): Node {
  const parts: Node[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and") parts.push(and(((value ?? []) as SearchTypes.SearchFilters[]).map((b) => toTree(plan, b))))
    else if (key === "$or") parts.push(or(((value ?? []) as SearchTypes.SearchFilters[]).map((b) => toTree(plan, b))))
    else if (key === "$not") parts.push(negate(toTree(plan, value as SearchTypes.SearchFilters)))
    else parts.push(fieldNode(plan, key, value))
  }
  return and(parts)
}

function negate(node: Node): Node {
  if (node.t === "const") return { t: "const", value: !node.value }
  if (node.t === "cmp") return { ...node, op: NEGATE[node.op] }
  // An empty $or matches nothing and an empty $and everything, so their negations flip too.
  return { t: node.t === "and" ? "or" : "and", children: node.children.map(negate) }
}

function simplify(node: Node): Node {
  if (node.t !== "and" && node.t !== "or") return node
  const neutral = node.t === "and"
  const children: Node[] = []
  for (const child of node.children.map(simplify)) {
    if (child.t === "const") {
      if (child.value !== neutral) return child // a false in an AND, a true in an OR
      continue
    }
    children.push(child)
  }
  if (!children.length) return { t: "const", value: neutral }
  return children.length === 1 ? children[0] : { t: node.t, children }
}

const literal = (v: string | number | boolean) => (typeof v === "string" ? `\`${v}\`` : String(v))

function leaf(node: Extract<Node, { t: "cmp" }>): string {
  const { field, op, values } = node
  const name = field.path
  switch (op) {
    case "eq":
      return `${name}:=${literal(values[0])}`
    case "ne":
      return `${name}:!=${literal(values[0])}`
    case "in":
      return values.length === 1 ? `${name}:=${literal(values[0])}` : `${name}:=[${values.map(literal).join(",")}]`
    case "nin":
      return values.length === 1 ? `${name}:!=${literal(values[0])}` : `${name}:!=[${values.map(literal).join(",")}]`
    case "lt":
      return `${name}:<${literal(values[0])}`
    case "lte":
      return `${name}:<=${literal(values[0])}`
    case "gt":
      return `${name}:>${literal(values[0])}`
    case "gte":
      return `${name}:>=${literal(values[0])}`
    case "exists":
      // Typesense has no "is set" operator; for numbers and booleans a clause every value
      // satisfies is exact (documents without the field never match a clause on it).
      if (isNumeric(field)) return `(${name}:>=0 || ${name}:<0)`
      if (field.kind === "boolean") return `${name}:[true,false]`
      return invalid(`Typesense cannot filter on whether string field "${name}" is set`)
    case "absent":
      return invalid(`Typesense cannot filter on whether field "${name}" is missing ($exists: false, $eq: null or a negated $exists)`)
  }
}

function emit(node: Node, top = true): string {
  if (node.t === "cmp") return leaf(node)
  if (node.t === "const") throw new Error("constant left after simplify")
  const joined = node.children.map((c) => emit(c, false)).join(node.t === "and" ? " && " : " || ")
  return top ? joined : `(${joined})`
}

/**
 * `undefined` when nothing is filtered, `false` when nothing can match, else the `filter_by` string.
 */
export function compileFilters(plan: IndexPlan, filters: SearchTypes.SearchFilters | undefined): string | false | undefined {
  if (!filters) return undefined
  const tree = simplify(toTree(plan, filters))
  if (tree.t === "const") return tree.value ? undefined : false
  return emit(tree)
}
