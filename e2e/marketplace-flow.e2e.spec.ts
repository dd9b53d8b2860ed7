import type { Browser, Page } from "playwright-core"
import { env, launchBrowser, letterStamp, pageErrors, vendorLogin, fillCheckoutAddress } from "./support"

jest.setTimeout(420_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const wide = { viewport: { width: 1280, height: 900 } }

async function vendorStatus(page: Page) {
  const banner = page.getByTestId("vendor-status")
  await banner.waitFor({ timeout: 60_000 })
  return banner.getAttribute("data-status")
}

/** Adds a product to the cart from its page, choosing the first purchasable variant. */
async function addToCart(page: Page, handle: string, expectedCount: number) {
  await page.goto(`${env.storefront}/en/products/${handle}`)
  const add = page.getByTestId("add-to-cart")
  await add.waitFor({ timeout: 60_000 })
  const values = page.getByTestId("option-value")
  for (let i = 0; i < (await values.count()) && !(await add.isEnabled()); i++) {
    await values.nth(i).click()
  }
  await add.click()
  await page.getByTestId("cart-count").filter({ hasText: String(expectedCount) }).waitFor({ timeout: 30_000 })
}

/** Opens the newest order in the portal, marks it shipped and returns its id. */
async function shipNewestOrder(page: Page, carrier: string, tracking: string) {
  await page.goto(`${env.storefront}/en/vendor/orders`)
  const row = page.getByTestId("vendor-order-row").first()
  await row.waitFor({ timeout: 60_000 })
  const orderId = (await row.getAttribute("data-order-id")) as string
  await page.goto(`${env.storefront}/en/vendor/orders/${orderId}`)
  await page.fill("input[name=carrier]", carrier)
  await page.fill("input[name=tracking_number]", tracking)
  await page.getByTestId("ship-submit").click()
  await page.locator("[data-testid=vendor-order-status][data-status=shipped]").waitFor({ timeout: 60_000 })
  return orderId
}

describe("marketplace flow", () => {
  it("a new seller is approved in the admin and sells with another seller in one checkout; each ships only its own order", async () => {
    const stamp = Date.now()
    const email = `flow-${stamp}@sellers.test`
    const password = "flow-pass-1"
    const shopName = `Flow Shop ${stamp}`
    const title = `Flow Vase ${letterStamp(stamp)}`

    // 1. A new seller signs up in the portal and waits for approval.
    const sellerContext = await browser.newContext(wide)
    const seller = await sellerContext.newPage()
    const sellerErrors = pageErrors(seller)
    await seller.goto(`${env.storefront}/en/vendor/register`)
    await seller.fill("input[name=email]", email)
    await seller.fill("input[name=password]", password)
    await seller.fill("input[name=shop_name]", shopName)
    await seller.selectOption("select[name=kind]", "seller")
    await seller.getByTestId("vendor-register-submit").click()
    await seller.waitForURL(/\/en\/vendor(\?|$)/, { timeout: 60_000 })
    expect(await vendorStatus(seller)).toBe("pending")

    // 2. The operator approves it in the Medusa admin.
    const admin = await browser.newPage(wide)
    await admin.goto(`${env.backend}/app/login`, { timeout: 180_000 })
    await admin.fill("input[name=email]", "admin@vitrina.local", { timeout: 180_000 })
    await admin.fill("input[name=password]", "vitrina-admin")
    await admin.click("button[type=submit]")
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
    await admin.goto(`${env.backend}/app/marketplace`)
    await admin.getByTestId("filter-status").getByRole("combobox").click()
    await admin.getByRole("option", { name: "Pending" }).click()
    const row = admin.getByTestId("vendor-row").filter({ hasText: shopName })
    await row.waitFor({ timeout: 60_000 })
    await row.getByTestId("vendor-actions").click()
    await admin.getByTestId("vendor-action-approve").click()
    await admin.getByTestId("confirm-status").click()
    await admin.getByTestId("confirm-status").waitFor({ state: "detached", timeout: 30_000 })
    await admin.close()

    // 3. The seller, now active, creates a published product in the portal.
    await seller.getByTestId("vendor-logout").click()
    await seller.waitForURL(/\/en\/vendor\/login/)
    await vendorLogin(seller, email, password)
    expect(await vendorStatus(seller)).toBe("active")
    await seller.getByTestId("add-product").click()
    await seller.waitForURL(/\/en\/vendor\/products\/new/)
    await seller.fill("input[name=title]", title)
    await seller.fill("textarea[name=description]", "A stoneware vase for the marketplace flow test.")
    await seller.fill("input[name=price_eur]", "35.00")
    await seller.selectOption("select[name=status]", "published")
    await seller.getByTestId("product-save").click()
    await seller.getByTestId("product-saved").waitFor({ timeout: 60_000 })
    const handle = (await seller.getByTestId("product-view-link").getAttribute("data-handle")) as string

    // 4. A customer buys it together with another seller's product, in one checkout.
    const customerContext = await browser.newContext(wide)
    const customer = await customerContext.newPage()
    const customerErrors = pageErrors(customer)
    await addToCart(customer, handle, 1)
    await addToCart(customer, "ceramic-pour-over-set", 2)
    await customer.getByTestId("cart-link").click()
    await customer.getByTestId("checkout-button").click()
    await customer.waitForURL(/\/en\/checkout/)
    await fillCheckoutAddress(customer, { email: `buyer-${stamp}@example.com`, first_name: "Mia", last_name: "Buyer", address_1: "Ringstraße 1", city: "Berlin", postal_code: "10115" })
    // one delivery choice per seller
    const groups = customer.locator("fieldset:has([data-testid=shipping-option])")
    await groups.first().waitFor({ timeout: 60_000 })
    expect(await groups.count()).toBe(2)
    for (const group of await groups.all()) {
      await group.getByTestId("shipping-option").first().check()
    }
    await customer.getByTestId("submit-shipping").click()
    await customer.getByTestId("submit-payment").click()
    await customer.getByTestId("place-order").click()
    await customer.getByTestId("order-confirmation").waitFor({ timeout: 60_000 })
    expect(customerErrors).toEqual([])

    // 5. The new seller sees only its own order and ships it.
    await seller.goto(`${env.storefront}/en/vendor/orders`)
    await seller.getByTestId("vendor-order-row").first().waitFor({ timeout: 60_000 })
    expect(await seller.getByTestId("vendor-order-row").count()).toBe(1)
    const newSellerOrder = await shipNewestOrder(seller, "DHL", `FLOW${stamp}`)
    expect(await seller.textContent("body")).toContain(title)
    expect(await seller.textContent("body")).not.toContain("Ceramic Pour-Over Set")

    // 6. The other seller ships its own part of the same checkout.
    const otherContext = await browser.newContext(wide)
    const other = await otherContext.newPage()
    await vendorLogin(other, "seller@vitrina.local", "vitrina-seller")
    const otherOrder = await shipNewestOrder(other, "UPS", `OTHER${stamp}`)
    expect(otherOrder).not.toBe(newSellerOrder)
    expect(await other.textContent("body")).toContain("Ceramic Pour-Over Set")

    // 7. Neither seller can open the other's order by URL.
    const response = await seller.goto(`${env.storefront}/en/vendor/orders/${otherOrder}`)
    expect(response?.status()).toBe(404)
    const back = await other.goto(`${env.storefront}/en/vendor/orders/${newSellerOrder}`)
    expect(back?.status()).toBe(404)

    expect(sellerErrors).toEqual([])
    await Promise.all([sellerContext.close(), customerContext.close(), otherContext.close()])
  })
})
