import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminGet, adminToken, env, launchBrowser, letterStamp, pageErrors, fillCheckoutAddress } from "./support"

jest.setTimeout(420_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const PRODUCT = "ceramic-pour-over-set"
const stamp = Date.now()
const tag = letterStamp(stamp)

async function register(page: Page, email: string, password: string) {
  await page.goto(`${env.storefront}/en/account/register`)
  await page.fill("input[name=first_name]", "Rhea")
  await page.fill("input[name=last_name]", `Reporter ${tag}`)
  await page.fill("input[name=email]", email)
  await page.fill("input[name=password]", password)
  await page.getByTestId("register-submit").click()
  await page.waitForURL(/\/en\/account(\?|$)/, { timeout: 60_000 })
}

/** Picks the first value of every option group until the product can be added to the cart. */
async function choosePurchasableVariant(page: Page) {
  const addToCart = page.getByTestId("add-to-cart")
  const values = page.getByTestId("option-value")
  for (let i = 0; i < (await values.count()) && !(await addToCart.isEnabled()); i++) await values.nth(i).click()
}

/** The signed-in customer buys the demo product through the storefront's checkout. */
async function buyThroughStorefront(page: Page) {
  await page.goto(`${env.storefront}/en/products/${PRODUCT}`)
  await choosePurchasableVariant(page)
  await page.getByTestId("add-to-cart").click()
  await page.getByTestId("cart-count").filter({ hasText: "1" }).waitFor({ timeout: 30_000 })
  await page.goto(`${env.storefront}/en/checkout`)
  await fillCheckoutAddress(page, { first_name: "Rhea", last_name: "Reporter", address_1: "Hafenstraße 5", city: "Hamburg", postal_code: "20457" })
  await page.getByTestId("shipping-option").first().check()
  await page.getByTestId("submit-shipping").click()
  await page.getByTestId("submit-payment").click()
  await page.getByTestId("place-order").click()
  await page.getByTestId("order-confirmation").waitFor({ timeout: 60_000 })
}

async function deviceCookie(context: BrowserContext) {
  return (await context.cookies(env.storefront)).find((c) => c.name === "_vitrina_device")
}

describe("reports and the device id", () => {
  it("a signed-out visitor is sent to sign in; a signed-in customer reports a product; a second report is 'already reported'; the operator sees it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = pageErrors(page)

    await page.goto(`${env.storefront}/en/products/${PRODUCT}`)
    const signIn = page.locator('[data-testid="report"][data-target="listing"]').getByTestId("report-signin")
    await signIn.waitFor({ timeout: 30_000 })
    expect(await signIn.getAttribute("href")).toBe(`/en/account/login?next=${encodeURIComponent(`/en/products/${PRODUCT}`)}`)

    await register(page, `reporter-${stamp}@example.com`, "reporter-pass-1")
    await page.goto(`${env.storefront}/en/products/${PRODUCT}`)
    const report = page.locator('[data-testid="report"][data-target="listing"]')
    await report.getByTestId("report-open").click()
    await report.getByTestId("report-reason").selectOption("counterfeit")
    await report.getByTestId("report-details").fill(`The logo looks fake ${tag}`)
    await report.getByTestId("report-submit").click()
    await report.locator('[data-testid="report-status"][data-status="sent"]').waitFor({ timeout: 60_000 })

    // the same customer again: the backend answers 409, shown as "already reported"
    await page.reload()
    await report.getByTestId("report-open").click()
    await report.getByTestId("report-reason").selectOption("spam")
    await report.getByTestId("report-submit").click()
    await report.locator('[data-testid="report-status"][data-status="duplicate"]').waitFor({ timeout: 60_000 })

    // the operator's Reports queue (admin API behind the admin page)
    const token = await adminToken()
    const { groups } = await adminGet<{ groups: { target_type: string; target_label: string; reports: { reason: string; details: string | null }[] }[] }>(
      "/admin/reports?status=open&target_type=listing",
      token
    )
    const mine = groups.flatMap((g) => g.reports.map((r) => ({ ...r, target_label: g.target_label }))).filter((r) => r.details?.includes(tag))
    expect(mine).toEqual([expect.objectContaining({ reason: "counterfeit", target_label: "Ceramic Pour-Over Set" })])

    // the vendor page and a course page carry the control too
    await page.goto(`${env.storefront}/en/vendors/nordlicht-home`)
    await page.locator('[data-testid="report"][data-target="vendor"]').getByTestId("report-open").waitFor({ timeout: 30_000 })
    expect(errors).toEqual([])
    await context.close()
  })

  it("sends the browser's device id with checkouts: two accounts in one browser leave the same device on their fraud decisions", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = pageErrors(page)
    await page.goto(`${env.storefront}/en`)
    const cookie = await deviceCookie(context)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" })
    expect(cookie!.value).toMatch(/^dev_[0-9a-f]{32}$/)

    const emails = [`device-a-${stamp}@example.com`, `device-b-${stamp}@example.com`]
    for (const email of emails) {
      await register(page, email, "device-pass-1")
      await buyThroughStorefront(page)
      await page.goto(`${env.storefront}/en/account`)
      await page.getByTestId("logout-button").click()
      await page.waitForURL((url) => !url.pathname.endsWith("/account"), { timeout: 60_000 }).catch(() => undefined)
    }
    expect((await deviceCookie(context))!.value).toBe(cookie!.value)

    const token = await adminToken()
    const { decisions } = await adminGet<{ decisions: { email: string | null; device_id: string | null; customer_id: string | null }[] }>(
      "/admin/fraud/decisions?subject_type=order&limit=50",
      token
    )
    const ours = decisions.filter((d) => emails.includes(d.email ?? ""))
    expect(ours.map((d) => d.email).sort()).toEqual(emails)
    expect(ours.map((d) => d.device_id)).toEqual([cookie!.value, cookie!.value])
    expect(new Set(ours.map((d) => d.customer_id)).size).toBe(2)
    expect(errors).toEqual([])
    await context.close()
  })
})
