import type { Browser } from "playwright-core"
import { env, launchBrowser, pageErrors } from "./support"

jest.setTimeout(300_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const PRODUCT = "ceramic-pour-over-set"
const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

/* eslint-disable @typescript-eslint/no-explicit-any -- store API bodies are read loosely */
async function store(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<any> {
  const res = await fetch(`${env.backend}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": env.publishableKey,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(data)}`)
  return data
}

/** A new customer who bought the product through the store API (cart → shipping → payment → order). */
async function customerWhoBought(email: string, password: string) {
  const { token: registration } = await store("/auth/customer/emailpass/register", { body: { email, password } })
  await store("/store/customers", { body: { email, first_name: "Rita", last_name: "Reviewer" }, token: registration })
  const { token } = await store("/auth/customer/emailpass", { body: { email, password } })
  const { regions } = await store("/store/regions")
  const region = regions.find((r: any) => r.currency_code === "eur") ?? regions[0]
  const { products } = await store(`/store/products?handle=${PRODUCT}&region_id=${region.id}&fields=*variants,+variants.inventory_quantity`)
  const variant = products[0].variants.find((v: any) => !v.manage_inventory || v.inventory_quantity > 0) ?? products[0].variants[0]
  const { cart } = await store("/store/carts", { body: { region_id: region.id }, token })
  await store(`/store/carts/${cart.id}/line-items`, { body: { variant_id: variant.id, quantity: 1 }, token })
  const address = { first_name: "Rita", last_name: "Reviewer", address_1: "Hafenstraße 5", city: "Hamburg", postal_code: "20457", country_code: "de" }
  await store(`/store/carts/${cart.id}`, { body: { shipping_address: address, billing_address: address }, token })
  const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`, { token })
  const { shipping_groups } = await store(`/store/carts/${cart.id}/shipping-groups`, { token })
  for (const group of shipping_groups as { shipping_profile_id: string }[]) {
    const option = shipping_options.find((o: any) => o.shipping_profile_id === group.shipping_profile_id)
    await store(`/store/carts/${cart.id}/shipping-methods`, { body: { option_id: option.id }, token })
  }
  const { payment_collection } = await store("/store/payment-collections", { body: { cart_id: cart.id }, token })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token })
  const completed = await store(`/store/carts/${cart.id}/complete`, { body: {}, token })
  expect(completed.type).toBe("order")
  return { productId: products[0].id as string }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function jsonLd(html: string) {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
}

describe("reviews", () => {
  it("a customer who bought a product reviews it with a photo and sees the review, the rating and the JSON-LD AggregateRating", async () => {
    const stamp = Date.now()
    const email = `reviewer-${stamp}@example.com`
    const password = "reviewer-pass-1"
    await customerWhoBought(email, password)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = pageErrors(page)
    await page.goto(`${env.storefront}/en/account/login`)
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", password)
    await page.getByTestId("login-submit").click()
    await page.waitForURL(/\/en\/account(\?|$)/, { timeout: 60_000 })

    await page.goto(`${env.storefront}/en/products/${PRODUCT}`)
    const form = page.getByTestId("review-form")
    await form.waitFor({ timeout: 30_000 })
    const body = `Pours evenly and keeps the coffee hot. Review ${stamp}.`
    await page.getByTestId("review-rating-4").check()
    await page.getByTestId("review-title").fill("Lovely pour-over set")
    await page.getByTestId("review-body-input").fill(body)
    await page.getByTestId("review-photos").setInputFiles({ name: "my-set.png", mimeType: "image/png", buffer: PNG_1PX })
    await page.getByTestId("review-submit").click()

    await page.getByTestId("review-notice").waitFor({ timeout: 60_000 })
    const mine = page.getByTestId("review").filter({ hasText: String(stamp) })
    await mine.waitFor({ timeout: 30_000 })
    expect(await mine.getByTestId("review-body").textContent()).toBe(body)
    const photo = mine.getByTestId("review-photo")
    expect(await photo.count()).toBe(1)
    const photoUrl = await photo.getAttribute("src")
    expect((await fetch(photoUrl!)).status).toBe(200)

    // After a reload the server-rendered page shows the rating and carries it in its JSON-LD.
    await page.reload()
    await page.getByTestId("reviews-average").waitFor()
    const average = Number(await page.getByTestId("reviews-average").textContent())
    expect(average).toBeGreaterThanOrEqual(1)
    expect(average).toBeLessThanOrEqual(5)
    expect(await page.getByTestId("reviews-count").textContent()).toMatch(/review/)
    expect(await page.getByTestId("my-review").textContent()).toContain("Lovely pour-over set")

    const html = await page.content()
    const product = jsonLd(html).find((d) => d["@type"] === "Product")
    expect(product.aggregateRating).toMatchObject({ "@type": "AggregateRating", bestRating: 5 })
    expect(product.aggregateRating.reviewCount).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(product.review)).toContain(String(stamp))
    expect(errors).toEqual([])
    await context.close()
  })
})
