// Checkout state for the benchmarks, prepared through the store API: the region and in-stock
// variants the carts draw from, and carts ready to complete (bench:api, bench:checkout).
import { query } from "../../lib/postgres.mjs"

const ADDRESS = { first_name: "Ada", last_name: "Bench", address_1: "Weg 2", city: "Berlin", postal_code: "10115", country_code: "de" }

/** The EUR region and up to `limit` in-stock variants of the benchmark products, with their product's shipping profile. */
export async function checkoutFixtures(url, limit = 1000) {
  const [region] = await query(url, "select id from region where currency_code = 'eur' and deleted_at is null order by created_at limit 1")
  const variants = await query(
    url,
    `select pv.id as variant_id, psp.shipping_profile_id
       from product p
       join product_variant pv on pv.product_id = p.id and pv.deleted_at is null
       join product_shipping_profile psp on psp.product_id = p.id and psp.deleted_at is null
       join product_variant_inventory_item vi on vi.variant_id = pv.id and vi.deleted_at is null
       join inventory_level il on il.inventory_item_id = vi.inventory_item_id and il.deleted_at is null
      where p.handle like 'bench-%' and p.deleted_at is null and il.stocked_quantity - il.reserved_quantity >= 100
      order by md5(pv.id) limit ${Number(limit)}`
  )
  if (!region || variants.length < Math.min(100, limit)) throw new Error("the benchmark catalogue is missing (run npm run bench:seed)")
  return { regionId: region.id, variants }
}

/** A small client for preparing state (carts) through the store API. */
export function client(base, key) {
  return async (method, path, body) => {
    const res = await fetch(base + path, {
      method,
      headers: { "x-publishable-api-key": key, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`)
    return JSON.parse(text)
  }
}

/** `fn(0 … n-1)` with at most `concurrency` at once; the results in order. */
export async function parallel(n, concurrency, fn) {
  const out = new Array(n)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) out[i] = await fn(i)
    })
  )
  return out
}

/** `n` carts ready to complete: one in-stock item, address, its seller's shipping, a payment session. */
export async function prepareCarts(api, fx, n, offset, emailPrefix = "bench") {
  const optionsByProfile = new Map()
  return parallel(n, 6, async (i) => {
    const v = fx.variants[(offset + i) % fx.variants.length]
    const { cart } = await api("POST", "/store/carts", {
      region_id: fx.regionId,
      email: `${emailPrefix}-${offset + i}@bench.local`,
      shipping_address: ADDRESS,
      items: [{ variant_id: v.variant_id, quantity: 1 }],
    })
    if (!optionsByProfile.has(v.shipping_profile_id)) {
      const { shipping_options } = await api("GET", `/store/shipping-options?cart_id=${cart.id}`)
      const option = shipping_options.find((o) => o.shipping_profile_id === v.shipping_profile_id)
      if (!option) throw new Error(`no shipping option for profile ${v.shipping_profile_id}`)
      optionsByProfile.set(v.shipping_profile_id, option.id)
    }
    await api("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: optionsByProfile.get(v.shipping_profile_id) })
    const { payment_collection } = await api("POST", "/store/payment-collections", { cart_id: cart.id })
    await api("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    return cart.id
  })
}
