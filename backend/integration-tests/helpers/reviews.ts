import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders, bearer, createStoreInfrastructure, signUpVendor, storeHeaders } from "./fixtures"
import { buyAsCustomer, registerCustomer, type Shopper } from "./courses"

/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests */
type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export type ReviewSeller = { token: string; vendorId: string; memberId: string; productId: string; variantId: string }

/** An approved seller (signed up through the API) with one published product in stock. */
export async function sellerWithProduct(api: Api, admin: { headers: Record<string, string> }, handle: string, title: string, price = 20) {
  const v = await signUpVendor(api, { email: `${handle}@sellers.test`, handle, approveWith: admin })
  const { data } = await api.post(
    "/vendor/products",
    {
      title,
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [{ title: "One", options: { Size: "One" }, prices: [{ currency_code: "eur", amount: price }], inventory_quantity: 50 }],
    },
    bearer(v.token)
  )
  return { ...v, productId: data.product.id as string, variantId: data.product.variants[0].id as string } satisfies ReviewSeller
}

/** Store infrastructure, the operator's headers and the publishable-key headers. */
export async function reviewShop(container: MedusaContainer, api: Api) {
  const admin = await adminHeaders(container, api)
  const { region } = await createStoreInfrastructure(container)
  const store = await storeHeaders(container)
  return { admin, regionId: region.id as string, store }
}

/** A signed-up customer who bought the given variants (one order). */
export async function buyer(api: Api, store: { headers: Record<string, string> }, regionId: string, email: string, first_name: string, variantIds: string[]) {
  const shopper: Shopper = await registerCustomer(api, store, { email, first_name, last_name: "Buyer" })
  const order = variantIds.length ? await buyAsCustomer(api, shopper, regionId, variantIds) : null
  return { ...shopper, orderId: order?.id ?? null }
}

export const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

/** A multipart body with the given files in the field `files`. */
export function photoForm(files: { name: string; content: Buffer; type?: string }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.content)], { type: f.type ?? "image/png" }), f.name)
  return form
}
