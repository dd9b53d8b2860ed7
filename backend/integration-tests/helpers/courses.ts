import type { MedusaContainer } from "@medusajs/framework/types"
import { createCoursesWorkflow, courseProductInput } from "@vitrina/courses/workflows"
import { createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { storeHeaders } from "./fixtures"

type LessonSpec = { title: string; kind?: "video" | "text"; duration_seconds?: number; is_preview?: boolean; body?: string; video_file_id?: string }

/** A teacher (active vendor) created directly through the marketplace workflow. */
export async function createTeacher(container: MedusaContainer, handle: string) {
  const { result: [vendor] } = await createVendorsWorkflow(container).run({
    input: {
      vendors: [
        {
          handle,
          name: handle.replace(/-/g, " ").toUpperCase(),
          kind: "teacher",
          status: "active",
          email: `owner@${handle}.test`,
          members: [{ email: `owner@${handle}.test`, role: "owner" as const }],
        },
      ],
    },
  })
  return vendor
}

/**
 * A published course of a teacher, sold in EUR (and USD) in the default sales channel, with the given
 * curriculum (default: 2 sections, 3 text lessons, the first a preview).
 */
export async function createCourse(
  container: MedusaContainer,
  opts: {
    vendorId: string
    handle: string
    title?: string
    eur?: number
    published?: boolean
    sections?: { title: string; lessons: LessonSpec[] }[]
  }
) {
  const { salesChannelId } = await storeHeaders(container)
  const sections = opts.sections ?? [
    {
      title: "Getting started",
      lessons: [
        { title: "Welcome", kind: "text" as const, duration_seconds: 60, is_preview: true, body: "Welcome to the course." },
        { title: "Setup", kind: "text" as const, duration_seconds: 120, body: "Install the tools." },
      ],
    },
    { title: "Going further", lessons: [{ title: "Deep dive", kind: "text" as const, duration_seconds: 300, body: "The details." }] },
  ]
  const published = opts.published ?? true
  const { result: [course] } = await createCoursesWorkflow(container).run({
    input: {
      vendor_id: opts.vendorId,
      courses: [
        {
          product: courseProductInput({
            title: opts.title ?? opts.handle.replace(/-/g, " "),
            handle: opts.handle,
            description: "A test course.",
            level: "beginner",
            language: "en",
            prices: [
              { currency_code: "eur", amount: opts.eur ?? 49 },
              { currency_code: "usd", amount: (opts.eur ?? 49) + 5 },
            ],
            sales_channel_id: salesChannelId,
            published,
          }),
          course: {
            level: "beginner",
            language: "en",
            outcomes: ["Build things"],
            requirements: ["A computer"],
            status: published ? "published" : "draft",
            sections: sections.map((s) => ({ title: s.title, lessons: s.lessons.map((l) => ({ kind: "text" as const, ...l })) })),
          },
        },
      ],
    },
  })
  return course
}

/* eslint-disable @typescript-eslint/no-explicit-any -- API response bodies are read loosely in tests */
type StoreApi = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export type Shopper = { id: string; email: string; token: string; headers: Record<string, string> }

/** A customer signed up through the store API (identity → POST /store/customers → login). */
export async function registerCustomer(
  api: StoreApi,
  store: { headers: Record<string, string> },
  opts: { email: string; first_name?: string; last_name?: string }
): Promise<Shopper> {
  const password = "student-pass-1"
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: opts.email, password })
  const { data } = await api.post(
    "/store/customers",
    { email: opts.email, first_name: opts.first_name, last_name: opts.last_name },
    { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email: opts.email, password })
  return { id: data.customer.id, email: opts.email, token: login.token, headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
}

/** The variant that sells a course. */
export async function courseVariantId(container: MedusaContainer, productId: string) {
  const { ContainerRegistrationKeys } = await import("@medusajs/framework/utils")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { id: productId } })
  return product.variants[0].id as string
}

/**
 * Buys variants as a signed-in customer through the store API: cart, billing address (taxes), one
 * shipping method per shipping-profile group if anything ships (a course-only cart ships nothing),
 * a system-provider payment session, completion. Returns the placed (customer's) order.
 */
export async function buyAsCustomer(api: StoreApi, shopper: Shopper, regionId: string, variantIds: string[]) {
  const auth = { headers: shopper.headers }
  const { data: { cart } } = await api.post("/store/carts", { region_id: regionId }, auth)
  for (const variant_id of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, auth)
  const address = { first_name: "Ada", last_name: "Student", address_1: "Weg 2", city: "Berlin", postal_code: "10115", country_code: "de" }
  await api.post(`/store/carts/${cart.id}`, { billing_address: address, shipping_address: address }, auth)
  const { data: { shipping_groups } } = await api.get(`/store/carts/${cart.id}/shipping-groups`, auth)
  if ((shipping_groups as unknown[]).length) {
    const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, auth)
    const needed = new Set((shipping_groups as { shipping_profile_id: string }[]).map((g) => g.shipping_profile_id))
    const chosen = new Map<string, string>()
    for (const o of shipping_options as { id: string; shipping_profile_id: string }[]) {
      if (needed.has(o.shipping_profile_id) && !chosen.has(o.shipping_profile_id)) chosen.set(o.shipping_profile_id, o.id)
    }
    for (const option_id of chosen.values()) await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id }, auth)
  }
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, auth)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, auth)
  const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, auth)
  if (data.type !== "order") throw new Error(`cart completion failed: ${JSON.stringify(data.error ?? data)}`)
  return data.order as { id: string; total: number; items: { id: string; product_id: string; total: number }[] }
}

/** Polls until `check` returns a truthy value (subscribers run after the request answered). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const start = Date.now()
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (e) {
      last = e
    }
    if (Date.now() - start > timeoutMs) throw last instanceof Error ? last : new Error("condition not met in time")
    await new Promise((r) => setTimeout(r, 100))
  }
}
