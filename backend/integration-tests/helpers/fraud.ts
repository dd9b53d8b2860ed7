import type { Shopper } from "./courses"

/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests */
type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}

/**
 * A signed-in customer's checkout through the store API (cart, address, shipping, system payment,
 * completion) with extra request headers (X-Forwarded-For, x-device-id) on every call. Resolves to
 * the completion's response, refused or not.
 */
export async function checkout(
  api: Api,
  shopper: Shopper,
  regionId: string,
  variantIds: string[],
  extra: Record<string, string> = {},
  address: Record<string, string> = { address_1: "Weg 2", city: "Berlin", postal_code: "10115", country_code: "de" }
): Promise<{ status: number; data: any }> {
  const auth = { headers: { ...shopper.headers, ...extra } }
  const { data: { cart } } = await api.post("/store/carts", { region_id: regionId }, auth)
  for (const variant_id of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, auth)
  const full = { first_name: "Ada", last_name: "Buyer", ...address }
  await api.post(`/store/carts/${cart.id}`, { billing_address: full, shipping_address: full }, auth)
  const { data: { shipping_groups } } = await api.get(`/store/carts/${cart.id}/shipping-groups`, auth)
  const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, auth)
  const needed = new Set((shipping_groups as { shipping_profile_id: string }[]).map((g) => g.shipping_profile_id))
  const chosen = new Map<string, string>()
  for (const o of shipping_options as { id: string; shipping_profile_id: string }[]) {
    if (needed.has(o.shipping_profile_id) && !chosen.has(o.shipping_profile_id)) chosen.set(o.shipping_profile_id, o.id)
  }
  for (const option_id of chosen.values()) await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id }, auth)
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, auth)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, auth)
  const res = await api.post(`/store/carts/${cart.id}/complete`, {}, auth).catch((e: { response: { status: number; data: any } }) => e.response)
  return { status: res.status, data: { ...res.data, cart_id: cart.id } }
}

/** The admin user id behind the operator's headers (the session's token claims). */
export async function adminUserId(api: Api, admin: { headers: Record<string, string> }): Promise<string> {
  const { data } = await api.get("/admin/users/me", admin)
  return data.user.id as string
}
/* eslint-enable @typescript-eslint/no-explicit-any */
