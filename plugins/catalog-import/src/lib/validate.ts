import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import VendorProductLink from "@vitrina/marketplace/links/vendor-product"
import { PRICE_COLUMN, PRODUCT_COLUMNS, type RawRow } from "./parse"
import type { PlanProduct, PlanVariant } from "./types"

export type RowError = { row: number; column: string | null; message: string }
export type ValidationResult = {
  products: PlanProduct[]
  errors: RowError[]
  total_rows: number
  variants: number
  creates: number
  updates: number
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/
const LEVELS = ["beginner", "intermediate", "advanced", "all"]
const LIMITS: Record<string, number> = { handle: 200, title: 300, description: 20000, sku: 100, option: 100, url: 2000, category: 200 }
const DEFAULT_OPTION = { title: "Default option", value: "Default option value" }
const COURSE_OPTION = { title: "Access", value: "Lifetime access" }

/**
 * Checks every row on its own and products as a whole (rows grouped by handle), without the
 * database. `row` is the 1-based number of the data row (the header is not counted).
 */
export function validateRows(rows: RawRow[], vendorKind: "seller" | "teacher"): { products: PlanProduct[]; errors: RowError[]; categoryHandles: Map<string, number[]>; currencies: Map<string, number[]> } {
  const errors: RowError[] = []
  const err = (row: number, column: string | null, message: string) => errors.push({ row, column, message })
  const products = new Map<string, PlanProduct>()
  const firstRowOf = new Map<string, RawRow>()
  const skuRow = new Map<string, number>()
  const categoryHandles = new Map<string, number[]>()
  const currencies = new Map<string, number[]>()

  rows.forEach((raw, index) => {
    const row = index + 1
    const before = errors.length
    for (const [column, value] of Object.entries(raw)) {
      if (CONTROL.test(value)) err(row, column, "contains a control character")
    }
    const handle = raw.handle ?? ""
    const sku = raw.sku ?? ""
    if (!handle) err(row, "handle", "is required")
    else if (handle.length > LIMITS.handle || !HANDLE.test(handle)) err(row, "handle", "must be lower-case letters, digits and dashes (e.g. linen-shirt), at most 200 characters")
    if (!sku) err(row, "sku", "is required")
    else if (sku.length > LIMITS.sku) err(row, "sku", `is longer than ${LIMITS.sku} characters`)
    else if (skuRow.has(sku)) err(row, "sku", `duplicate SKU ${sku.slice(0, 100)}: already on row ${skuRow.get(sku)}`)
    else skuRow.set(sku, row)

    // Product-level columns: from the first row of the handle; later rows may repeat or leave them blank.
    const first = handle ? firstRowOf.get(handle) : undefined
    if (handle && !first) firstRowOf.set(handle, raw)
    if (first) {
      for (const column of PRODUCT_COLUMNS) {
        const value = raw[column] ?? ""
        if (column !== "handle" && value && value !== (first[column] ?? "")) err(row, column, `conflicts with the first row of ${handle} ("${(first[column] ?? "").slice(0, 60)}")`)
      }
    }
    const p = first ?? raw
    const title = p.title ?? ""
    const status = (p.status || "draft").toLowerCase()
    const kind = (p.kind || "product").toLowerCase()
    if (!first) {
      if (!title) err(row, "title", "is required")
      else if (title.length > LIMITS.title) err(row, "title", `is longer than ${LIMITS.title} characters`)
      if ((p.description ?? "").length > LIMITS.description) err(row, "description", `is longer than ${LIMITS.description} characters`)
      if (!["draft", "published"].includes(status)) err(row, "status", "must be draft or published")
      if (!["product", "course"].includes(kind)) err(row, "kind", "must be product or course")
      if (kind === "course" && vendorKind !== "teacher") err(row, "kind", "only a teacher can import courses")
      if (kind === "product" && vendorKind === "teacher") err(row, "kind", "a teacher imports courses: kind must be course")
      if (kind === "course" && status === "published") err(row, "status", "a course is imported as a draft: publish it from the portal once it has lessons")
      for (const url of split(p.image_urls)) {
        if (url.length > LIMITS.url || !/^https?:\/\/[^\s]+$/.test(url)) err(row, "image_urls", `not an http(s) URL: ${url.slice(0, 100)}`)
      }
      for (const c of split(p.category_handles)) {
        if (c.length > LIMITS.category) err(row, "category_handles", "category handle too long")
        else push(categoryHandles, c, row)
      }
    }
    if (kind === "course") {
      const level = (raw.course_level ?? "").toLowerCase()
      if (level && !LEVELS.includes(level)) err(row, "course_level", `must be one of ${LEVELS.join(", ")}`)
      const language = (raw.course_language ?? "").toLowerCase()
      if (language && !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(language)) err(row, "course_language", "must be a language code such as en or de")
      if (raw.option1_name || raw.option2_name || raw.option3_name) err(row, "option1_name", "a course has no options")
    } else {
      if (raw.course_level) err(row, "course_level", "is only for course rows")
      if (raw.course_language) err(row, "course_language", "is only for course rows")
    }

    // Variant columns.
    const options: Record<string, string> = {}
    for (const n of [1, 2, 3]) {
      const name = raw[`option${n}_name`] ?? ""
      const value = raw[`option${n}_value`] ?? ""
      if (!name && !value) continue
      if (!name) err(row, `option${n}_name`, `is required when option${n}_value is given`)
      else if (!value) err(row, `option${n}_value`, `is required when option${n}_name is given`)
      else if (name.length > LIMITS.option || value.length > LIMITS.option) err(row, `option${n}_name`, `option names and values are at most ${LIMITS.option} characters`)
      else if (options[name] !== undefined) err(row, `option${n}_name`, `the option ${name} is given twice`)
      else options[name] = value
    }
    const prices: { currency_code: string; amount: number }[] = []
    for (const [column, value] of Object.entries(raw)) {
      const code = PRICE_COLUMN.exec(column)?.[1]
      if (!code || value === "") continue
      if (value.startsWith("-")) err(row, column, `price must not be negative (got ${value.slice(0, 30)})`)
      else if (!DECIMAL.test(value)) err(row, column, `price must be a decimal number such as 19.99 (got "${value.slice(0, 30)}")`)
      else {
        prices.push({ currency_code: code, amount: Number(value) })
        push(currencies, code, row)
      }
    }
    if (!prices.length && !Object.keys(raw).some((c) => PRICE_COLUMN.test(c) && raw[c] !== "" )) err(row, "price", "at least one price_<currency> column needs a value")
    let quantity: number | null = null
    const q = raw.inventory_quantity ?? ""
    if (q !== "") {
      if (!/^\d{1,9}$/.test(q)) err(row, "inventory_quantity", `must be a whole number ≥ 0 (got "${q.slice(0, 30)}")`)
      else quantity = Number(q)
    }
    if (kind === "course" && q !== "") err(row, "inventory_quantity", "a course has no stock")

    if (errors.length > before || !handle || !sku) return
    let product = products.get(handle)
    if (!product) {
      product = {
        row,
        handle,
        title,
        description: p.description || null,
        status: status as PlanProduct["status"],
        kind: kind as PlanProduct["kind"],
        category_ids: split(p.category_handles), // handles until resolved against the database
        image_urls: split(p.image_urls),
        options: [],
        variants: [],
        ...(kind === "course"
          ? { course: { level: (raw.course_level || undefined) as never, language: (raw.course_language || undefined)?.toLowerCase() } }
          : {}),
      }
      products.set(handle, product)
    } else if (kind === "course") {
      err(row, "sku", "a course has exactly one variant (one row)")
      return
    }
    const variant: PlanVariant = {
      row,
      sku,
      title: Object.values(options).join(" / ") || title,
      options,
      prices,
      inventory_quantity: quantity,
    }
    const names = Object.keys(options)
    const expected = product.variants.length ? Object.keys(product.variants[0].options) : names
    if (names.join("\u0001") !== expected.join("\u0001")) {
      err(row, "option1_name", `every row of ${handle} must name the same options (${expected.join(", ") || "none"})`)
      return
    }
    const combo = JSON.stringify(options)
    if (product.variants.some((v) => JSON.stringify(v.options) === combo)) {
      err(row, names.length ? "option1_value" : "option1_name", names.length ? `another row of ${handle} has the same option values` : `${handle} has several rows: give each an option value`)
      return
    }
    product.variants.push(variant)
  })

  for (const product of products.values()) {
    if (product.kind === "course") {
      // The courses plugin's product shape: one "Lifetime access" variant.
      product.options = [{ title: COURSE_OPTION.title, values: [COURSE_OPTION.value] }]
      product.variants.forEach((v) => {
        v.options = { [COURSE_OPTION.title]: COURSE_OPTION.value }
        v.title = COURSE_OPTION.value
      })
      continue
    }
    if (!Object.keys(product.variants[0]?.options ?? {}).length) {
      product.options = [{ title: DEFAULT_OPTION.title, values: [DEFAULT_OPTION.value] }]
      product.variants.forEach((v) => (v.options = { [DEFAULT_OPTION.title]: DEFAULT_OPTION.value }))
      continue
    }
    const titles = Object.keys(product.variants[0].options)
    product.options = titles.map((title) => ({ title, values: [...new Set(product.variants.map((v) => v.options[title]))] }))
  }
  return { products: [...products.values()], errors, categoryHandles, currencies }
}

/** Adds `row` to the key's list in place (copying the list per row made validation quadratic: minutes at 50,000 rows). */
function push(map: Map<string, number[]>, key: string, row: number) {
  const list = map.get(key)
  if (list) list.push(row)
  else map.set(key, [row])
}

const split = (value: string | undefined) =>
  (value ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean)

const CHUNK = 5000
async function inChunks<T, R>(items: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))))
  return out
}

/**
 * Validates the rows, then against the catalogue: categories and currencies exist, and every handle
 * and SKU is new or already the vendor's own (a vendor imports only into its own catalogue).
 */
export async function validateImport(
  container: MedusaContainer,
  vendor: { id: string; kind: "seller" | "teacher" },
  rows: RawRow[]
): Promise<ValidationResult> {
  const { products, errors, categoryHandles, currencies } = validateRows(rows, vendor.kind)
  const err = (row: number, column: string | null, message: string) => errors.push({ row, column, message })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Categories (public ones) by handle.
  const categoryIds = new Map<string, string>()
  if (categoryHandles.size) {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { handle: [...categoryHandles.keys()], is_active: true, is_internal: false },
    })
    for (const c of data as { id: string; handle: string }[]) categoryIds.set(c.handle, c.id)
    for (const [handle, rowsOf] of categoryHandles) {
      if (!categoryIds.has(handle)) rowsOf.forEach((r) => err(r, "category_handles", `unknown category: ${handle.slice(0, 100)}`))
    }
  }
  // Currencies of the store.
  if (currencies.size) {
    const { data: [store] } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] })
    const known = new Set(((store as { supported_currencies?: { currency_code: string }[] } | undefined)?.supported_currencies ?? []).map((c) => c.currency_code))
    for (const [code, rowsOf] of currencies) {
      if (!known.has(code)) rowsOf.forEach((r) => err(r, `price_${code}`, `${code.toUpperCase()} is not a currency of this store`))
    }
  }

  // Ownership of existing handles and SKUs.
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = products.map((p) => p.handle)
  const existing = await inChunks(handles, (h) =>
    productModule.listProducts({ handle: h }, { select: ["id", "handle", "metadata"], take: null })
  )
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  const variants = await inChunks(skus, (s) =>
    productModule.listProductVariants({ sku: s }, { select: ["id", "sku", "product_id"], take: null })
  )
  const productIds = [...new Set([...existing.map((p) => p.id), ...variants.map((v) => v.product_id!)])]
  const owned = new Set(
    (
      await inChunks(productIds, async (ids) => {
        const { data } = await query.graph({ entity: VendorProductLink.entryPoint, fields: ["product_id"], filters: { vendor_id: vendor.id, product_id: ids } })
        return data as { product_id: string }[]
      })
    ).map((l) => l.product_id)
  )
  const productByHandle = new Map(existing.map((p) => [p.handle, p]))
  const variantBySku = new Map(variants.map((v) => [v.sku!, v]))
  const handleOfProduct = new Map(existing.map((p) => [p.id, p.handle]))
  let creates = 0
  let updates = 0
  for (const p of products) {
    const current = productByHandle.get(p.handle)
    if (current && !owned.has(current.id)) {
      err(p.row, "handle", `the handle ${p.handle} is used by another vendor's product`)
    } else if (current) {
      const currentKind = (current.metadata as { kind?: string } | null)?.kind === "course" ? "course" : "product"
      if (currentKind !== p.kind) err(p.row, "kind", `${p.handle} is already your ${currentKind}: its kind can't change`)
    }
    for (const v of p.variants) {
      const found = variantBySku.get(v.sku)
      if (!found) {
        creates++
        continue
      }
      if (!owned.has(found.product_id!)) err(v.row, "sku", `the SKU ${v.sku.slice(0, 100)} is used by another vendor's product`)
      else if (!current || found.product_id !== current.id) {
        const other = handleOfProduct.get(found.product_id!)
        err(v.row, "sku", `the SKU ${v.sku.slice(0, 100)} already belongs to your product ${other ?? found.product_id}`)
      } else updates++
    }
    p.category_ids = p.category_ids.map((h) => categoryIds.get(h)!).filter(Boolean)
  }
  errors.sort((a, b) => a.row - b.row)
  return { products, errors, total_rows: rows.length, variants: skus.length, creates, updates }
}
