import type { Browser } from "playwright-core"
import { adminGet, adminToken, env, launchBrowser, signUpVendorViaApi } from "./support"

jest.setTimeout(300_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function loggedInAdmin() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${env.backend}/app/login`, { timeout: 180_000 })
  await page.fill("input[name=email]", "admin@vitrina.local", { timeout: 180_000 })
  await page.fill("input[name=password]", "vitrina-admin")
  await page.click("button[type=submit]")
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
  return page
}

describe("operator admin", () => {
  it("shows the Marketplace overview page with the demo vendors", async () => {
    const page = await loggedInAdmin()

    // The route is in the admin's sidebar …
    await page.getByRole("link", { name: "Marketplace" }).first().click({ timeout: 60_000 })
    await page.waitForURL(/\/app\/marketplace/)
    // … and shows figures and vendors from the marketplace plugin's admin API.
    await page.getByRole("heading", { name: "Marketplace overview" }).waitFor({ timeout: 60_000 })
    // The figure is the API's (other browser tests may have added teachers before this one runs).
    const { overview } = await adminGet<{ overview: { vendors: { by_kind: { teacher: number } } } }>("/admin/marketplace/overview", await adminToken())
    expect(overview.vendors.by_kind.teacher).toBeGreaterThanOrEqual(2)
    await page.getByTestId("figure-teachers").filter({ hasText: new RegExp(`^${overview.vendors.by_kind.teacher}$`) }).waitFor({ timeout: 30_000 })
    await page.getByTestId("vendor-row").filter({ hasText: "Nordlicht Home" }).waitFor()
    await page.getByTestId("vendor-row").filter({ hasText: "CodeCraft School" }).waitFor()
    await page.close()
  })

  it("approves a vendor that signed up, from the pending filter", async () => {
    const { vendorId } = await signUpVendorViaApi(`e2e-${Date.now()}@vendors.test`, `e2e-shop-${Date.now()}`)
    const page = await loggedInAdmin()
    await page.goto(`${env.backend}/app/marketplace`)
    await page.getByTestId("filter-status").getByRole("combobox").click()
    await page.getByRole("option", { name: "Pending" }).click()
    const row = page.locator(`[data-testid=vendor-row]`).filter({ hasText: "e2e shop" })
    await row.first().waitFor({ timeout: 60_000 })
    await row.first().getByTestId("vendor-actions").click()
    await page.getByTestId("vendor-action-approve").click()
    await page.getByTestId("confirm-status").click()
    await page.getByTestId("confirm-status").waitFor({ state: "detached", timeout: 30_000 })

    const { vendor } = await adminGet<{ vendor: { status: string } }>(`/admin/vendors/${vendorId}`, await adminToken())
    expect(vendor.status).toBe("active")
    await page.close()
  })
})
