import type { Browser, Page } from "playwright-core"
import { adminGet, adminToken, env, launchBrowser, pageErrors, fillCheckoutAddress } from "./support"

jest.setTimeout(240_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Picks the first value of every option group until the product can be added to the cart. */
async function choosePurchasableVariant(page: Page) {
  const addToCart = page.getByTestId("add-to-cart")
  const groups = page.locator("[data-testid=option-group]")
  const groupCount = await groups.count()
  for (let g = 0; g < groupCount && !(await addToCart.isEnabled()); g++) {
    await groups.nth(g).getByTestId("option-value").first().click()
  }
  if (!(await addToCart.isEnabled())) {
    const values = page.getByTestId("option-value")
    for (let i = 0; i < (await values.count()) && !(await addToCart.isEnabled()); i++) {
      await values.nth(i).click()
    }
  }
}

describe("guest checkout in the storefront", () => {
  it("finds a demo product, buys it as a guest, sees the confirmation, and the operator sees the order", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } }) // a phone
    const page = await context.newPage()
    const errors = pageErrors(page)

    // Find: category listing → product page.
    await page.goto(`${env.storefront}/en/categories/home-living`)
    const card = page.getByTestId("product-card").filter({ hasText: "Ceramic Pour-Over Set" })
    await card.first().click()
    await page.waitForURL(/\/en\/products\/ceramic-pour-over-set/)
    await expectVisibleText(page, "Nordlicht Home") // vendor name on the product

    await choosePurchasableVariant(page)
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("cart-count").filter({ hasText: "1" }).waitFor({ timeout: 30_000 })

    // Cart → checkout.
    await page.getByTestId("cart-link").click()
    await page.waitForURL(/\/en\/cart/)
    await page.getByTestId("checkout-button").click()
    await page.waitForURL(/\/en\/checkout/)

    const email = `guest-${Date.now()}@example.com`
    await fillCheckoutAddress(page, { email, first_name: "Greta", last_name: "Guest", address_1: "Hafenstraße 5", city: "Hamburg", postal_code: "20457" })

    await page.getByTestId("shipping-option").first().check()
    await page.getByTestId("submit-shipping").click()
    await page.getByTestId("submit-payment").click()
    await page.getByTestId("place-order").click()

    const confirmation = page.getByTestId("order-confirmation")
    await confirmation.waitFor({ timeout: 60_000 })
    await page.waitForURL(/\/en\/order\/order_[0-9A-Z]+\/confirmed/)
    const orderId = await confirmation.getAttribute("data-order-id")
    expect(orderId).toMatch(/^order_/)

    // The operator sees the same order through the admin API.
    const token = await adminToken()
    const { order } = await adminGet<{ order: { id: string; email: string; items: { product_handle: string }[]; shipping_methods: unknown[] } }>(
      `/admin/orders/${orderId}?fields=id,email,*items,*shipping_methods`,
      token
    )
    expect(order.email).toBe(email)
    expect(order.items.map((i) => i.product_handle)).toEqual(["ceramic-pour-over-set"])
    expect(order.shipping_methods).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })
})

async function expectVisibleText(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 })
}
