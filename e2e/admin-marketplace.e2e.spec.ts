import type { Browser } from "playwright-core"
import { env, launchBrowser } from "./support"

jest.setTimeout(300_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("operator admin", () => {
  it("shows the Marketplace overview page with the demo vendors", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${env.backend}/app/login`, { timeout: 180_000 })
    await page.fill("input[name=email]", "admin@vitrina.local", { timeout: 180_000 })
    await page.fill("input[name=password]", "vitrina-admin")
    await page.click("button[type=submit]")
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })

    // The route is in the admin's sidebar …
    await page.getByRole("link", { name: "Marketplace" }).first().click({ timeout: 60_000 })
    await page.waitForURL(/\/app\/marketplace/)
    // … and shows figures and vendors from the marketplace plugin's admin API.
    await page.getByRole("heading", { name: "Marketplace overview" }).waitFor({ timeout: 60_000 })
    await page.getByTestId("figure-sellers").filter({ hasText: /^3$/ }).waitFor({ timeout: 30_000 })
    await page.getByTestId("figure-teachers").filter({ hasText: /^2$/ }).waitFor()
    const rows = page.getByTestId("vendor-row")
    await rows.first().waitFor()
    expect(await rows.count()).toBe(5)
    await page.getByTestId("vendor-row").filter({ hasText: "Nordlicht Home" }).waitFor()
  })
})
