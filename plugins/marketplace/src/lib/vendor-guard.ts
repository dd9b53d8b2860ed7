import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readdirSync } from "node:fs"
import path from "node:path"
import VendorOrderLink from "../links/vendor-order"
import VendorProductLink from "../links/vendor-product"

/**
 * THE ownership guard of the vendor API: every route under /vendor/* passes through it.
 *
 * 1. Authentication as the `vendor` actor (bearer or session). Only sign-up and accepting an
 *    invitation accept an identity that is not a vendor member yet.
 * 2. The member and its vendor are resolved and put on the request (`vendorContext(req)`).
 * 3. Writes need an active vendor (a pending, rejected or suspended vendor may only edit its profile).
 * 4. Every id the request names — path parameters, and in query and body every `id`, `*_id` and
 *    `*_ids` value at any depth — must belong to the caller's vendor, resolved through the module
 *    links; ids of shared catalog data (categories, regions, …) are allowed; an id of an unknown
 *    kind is refused. Anything else answers 404, before any handler or workflow runs.
 */

export type VendorContext = {
  vendor: { id: string; handle: string; kind: "seller" | "teacher"; status: "pending" | "active" | "suspended" | "rejected" }
  member: { id: string; role: "owner" | "admin" | "staff"; email: string }
}

const CONTEXT = Symbol("vitrina.vendorContext")
type WithContext = MedusaRequest & { [CONTEXT]?: VendorContext }

export function vendorContext(req: MedusaRequest): VendorContext {
  const ctx = (req as WithContext)[CONTEXT]
  if (!ctx) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Not authenticated as a vendor")
  }
  return ctx
}

/** Shared platform data a vendor may reference but does not own. */
const SHARED_ID_PREFIXES = new Set(["pcat", "ptyp", "ptag", "pcol", "reg", "sc"])

export type Ownership = (container: MedusaContainer, vendorId: string, ids: string[]) => Promise<Set<string>>

const query = (c: MedusaContainer) => c.resolve(ContainerRegistrationKeys.QUERY)

/** For each id prefix: which of the given ids belong to the vendor. */
const OWNERSHIP: Record<string, Ownership> = {
  ven: async (_c, vendorId, ids) => new Set(ids.filter((id) => id === vendorId)),
  vinv: async (c, vendorId, ids) => {
    const { data } = await query(c).graph({ entity: "vendor_invite", fields: ["id"], filters: { id: ids, vendor_id: vendorId } })
    return new Set(data.map((i: { id: string }) => i.id))
  },
  vmem: async (c, vendorId, ids) => {
    const { data } = await query(c).graph({ entity: "vendor_member", fields: ["id"], filters: { id: ids, vendor_id: vendorId } })
    return new Set(data.map((m: { id: string }) => m.id))
  },
  order: async (c, vendorId, ids) => {
    const { data } = await query(c).graph({
      entity: VendorOrderLink.entryPoint,
      fields: ["order_id"],
      filters: { vendor_id: vendorId, order_id: ids },
    })
    return new Set(data.map((l: { order_id: string }) => l.order_id))
  },
  prod: async (c, vendorId, ids) => {
    const { data } = await query(c).graph({
      entity: VendorProductLink.entryPoint,
      fields: ["product_id"],
      filters: { vendor_id: vendorId, product_id: ids },
    })
    return new Set(data.map((l: { product_id: string }) => l.product_id))
  },
  variant: async (c, vendorId, ids) => {
    const { data: variants } = await query(c).graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: ids } })
    const productIds = [...new Set(variants.map((v: { product_id: string }) => v.product_id))]
    const owned = productIds.length ? await OWNERSHIP.prod(c, vendorId, productIds) : new Set<string>()
    return new Set(variants.filter((v: { product_id: string }) => owned.has(v.product_id)).map((v: { id: string }) => v.id))
  },
}

const ID_KEY = /^(id|ids|.+_id|.+_ids)$/
const MAX_IDS = 500

/** Route folders (`api/vendor`) whose static names make up the vendor API's static segments. */
const VENDOR_ROUTE_ROOTS = new Set<string>([path.join(__dirname, "../api/vendor")])

/**
 * Lets another plugin put its own routes under /vendor/* behind this guard: `routesRoot` is its
 * `api/vendor` folder (its static names are not ids), `ownership` resolves its own id kinds
 * (by prefix) to the vendor. Called from that plugin's `api/middlewares.ts` at load time.
 */
export function registerVendorResources(options: { routesRoot?: string; ownership?: Record<string, Ownership> }) {
  if (options.routesRoot && !VENDOR_ROUTE_ROOTS.has(options.routesRoot)) {
    VENDOR_ROUTE_ROOTS.add(options.routesRoot)
    staticSegments = null
  }
  for (const [prefix, resolve] of Object.entries(options.ownership ?? {})) {
    if (OWNERSHIP[prefix] && OWNERSHIP[prefix] !== resolve) {
      throw new Error(`Vendor id kind "${prefix}" is already registered`)
    }
    OWNERSHIP[prefix] = resolve
  }
}

/** Which of the given product ids the vendor owns (for plugins resolving their ids through products). */
export const vendorOwnedProducts: Ownership = (c, vendorId, ids) => OWNERSHIP.prod(c, vendorId, ids)

/**
 * The static path segments of the vendor API, read from its route folders (`api/vendor/**` of
 * this plugin and of every registered one): every other segment of a /vendor path is a route
 * parameter, i.e. an id the caller must own.
 */
let staticSegments: Set<string> | null = null
export function vendorStaticSegments(root?: string): Set<string> {
  if (!root && staticSegments) return staticSegments
  const found = new Set<string>(["vendor"])
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith("[") && !entry.name.startsWith("__")) {
        found.add(entry.name)
        walk(path.join(dir, entry.name))
      } else if (entry.isDirectory() && entry.name.startsWith("[")) {
        walk(path.join(dir, entry.name))
      }
    }
  }
  for (const dir of root ? [root] : VENDOR_ROUTE_ROOTS) walk(dir)
  if (!root) staticSegments = found
  return found
}

/** Collects the id values a request names (path parameters; id-named keys in query and body). */
export function collectIds(req: Pick<MedusaRequest, "query" | "body">, pathname: string, statics: Set<string>): string[] {
  const found: string[] = []
  const visit = (value: unknown, key: string | null, depth: number) => {
    if (depth > 8 || found.length > MAX_IDS) return
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, key, depth + 1))
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1)
    } else if (key !== null && ID_KEY.test(key) && (typeof value === "string" || typeof value === "number")) {
      found.push(String(value))
    }
  }
  for (const segment of pathname.split("/").filter(Boolean)) {
    if (!statics.has(segment)) {
      let decoded = segment
      try {
        decoded = decodeURIComponent(segment)
      } catch {
        // malformed escapes stay as they are and are refused as unknown ids
      }
      found.push(decoded)
    }
  }
  visit(req.query, null, 0)
  visit(req.body, null, 0)
  return found
}

async function assertOwnership(container: MedusaContainer, vendorId: string, ids: string[]) {
  if (ids.length > MAX_IDS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A request may name at most ${MAX_IDS} ids`)
  }
  const byPrefix = new Map<string, string[]>()
  for (const id of new Set(ids)) {
    const prefix = /^([a-z]+)_[0-9A-Za-z]+$/.exec(id)?.[1]
    if (prefix && SHARED_ID_PREFIXES.has(prefix)) continue
    if (!prefix || !OWNERSHIP[prefix]) {
      throw notFound(id)
    }
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id])
  }
  for (const [prefix, list] of byPrefix) {
    const owned = await OWNERSHIP[prefix](container, vendorId, list)
    const foreign = list.find((id) => !owned.has(id))
    if (foreign) throw notFound(foreign)
  }
}

const notFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${String(id).slice(0, 100)} was not found`)

/** Routes a vendor that is not active may still write to. */
const WRITABLE_WHEN_INACTIVE = new Set(["/vendor/me"])
/** Routes for a signed-in identity that is not a vendor member yet (sign-up, joining a team). */
const UNREGISTERED_PATHS = new Set(["/vendor/register", "/vendor/invites/accept"])

const authenticateVendor = authenticate("vendor", ["bearer", "session"])
const authenticateUnregistered = authenticate("vendor", ["bearer", "session"], { allowUnregistered: true })

const pathOf = (req: MedusaRequest) => req.originalUrl.split("?")[0].replace(/\/+$/, "")

export async function vendorGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathOf(req)
  if (req.method === "POST" && UNREGISTERED_PATHS.has(path)) {
    return authenticateUnregistered(req, res, next)
  }
  await authenticateVendor(req, res, async (err?: unknown) => {
    if (err) return next(err)
    try {
      const auth = (req as AuthenticatedMedusaRequest).auth_context
      const { data: [member] } = await query(req.scope).graph({
        entity: "vendor_member",
        fields: ["id", "role", "email", "vendor.id", "vendor.handle", "vendor.kind", "vendor.status"],
        filters: { id: auth.actor_id },
      })
      if (!member?.vendor) {
        throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This vendor account no longer exists")
      }
      const ctx: VendorContext = {
        vendor: member.vendor as VendorContext["vendor"],
        member: { id: member.id, role: member.role as VendorContext["member"]["role"], email: member.email },
      }
      if (req.method !== "GET" && ctx.vendor.status !== "active" && !WRITABLE_WHEN_INACTIVE.has(path)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `This vendor is ${ctx.vendor.status}: only its profile can be changed until the operator activates it`
        )
      }
      await assertOwnership(req.scope, ctx.vendor.id, collectIds(req, path, vendorStaticSegments()))
      ;(req as WithContext)[CONTEXT] = ctx
      next()
    } catch (e) {
      next(e)
    }
  })
}

/** Members who may manage the vendor's profile and team. */
export function requireRole(req: MedusaRequest, roles: VendorContext["member"]["role"][]) {
  const { member } = vendorContext(req)
  if (!roles.includes(member.role)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only a vendor ${roles.join(" or ")} may do this`)
  }
}
