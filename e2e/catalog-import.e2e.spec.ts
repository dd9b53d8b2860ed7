import { readFile } from "node:fs/promises"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { env, launchBrowser, pageErrors, vendorLogin } from "./support"

jest.setTimeout(300_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const stamp = Date.now()
/** A word no other product has, letters only (so every search backend treats it as one word). */
const word = `Zephyr${Array.from(String(stamp), (d) => "abcdefghij"[Number(d)]).join("")}`
const lampHandle = `zephyr-lamp-${stamp}`
const shadeHandle = `zephyr-shade-${stamp}`
const HEADER = "handle,title,description,status,option1_name,option1_value,sku,price_eur,price_usd,inventory_quantity"

/** Two published products, three SKUs, priced in EUR and USD, with stock; `badPrice` spoils row 2. */
function catalogCsv(badPrice?: string) {
  return [
    HEADER,
    `${lampHandle},${word} Lamp,A lamp imported by the browser test.,published,Size,Small,ZL-${stamp}-S,39.90,44.00,5`,
    `${lampHandle},,,,Size,Large,ZL-${stamp}-L,${badPrice ?? "59.90"},66.00,3`,
    `${shadeHandle},${word} Shade,A linen shade.,published,,,ZS-${stamp},19.00,21.00,10`,
  ].join("\n")
}

/** Screenshots for reviewers when E2E_SCREENSHOT_DIR is set. */
async function shot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOT_DIR) {
    await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOT_DIR, `catalog-import-${name}.png`), fullPage: true })
  }
}

async function storeProductCount(handle: string): Promise<number> {
  const res = await fetch(`${env.backend}/store/products?handle=${handle}&fields=id`, {
    headers: { "x-publishable-api-key": env.publishableKey },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { count: number }).count
}

describe("catalogue import", () => {
  it("lets a seller import a CSV from the portal: row errors first, then the summary, progress to 100% and the products in search", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } }) // a phone
    const page = await context.newPage()
    const errors = pageErrors(page)

    await vendorLogin(page, "seller@vitrina.local", "vitrina-seller")
    await page.getByTestId("vendor-nav-import").click()
    await page.waitForURL(/\/en\/vendor\/import/)
    await page.getByTestId("import-form").waitFor()

    // The CSV template downloads with the column header and example rows.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template-csv").click()])
    expect(download.suggestedFilename()).toBe("vitrina-catalog-template.csv")
    const template = await readFile((await download.path()) as string, "utf8")
    expect(template.split("\n")[0]).toMatch(/^handle,title,description,status,kind,/)
    expect(template).toContain("price_eur")

    // A file with a negative price: every row error is listed and nothing is imported.
    await page.getByTestId("import-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(catalogCsv("-5")) })
    await page.getByTestId("import-check").click()
    await page.getByTestId("import-errors").waitFor({ timeout: 60_000 })
    const rows = page.getByTestId("import-error-row")
    expect(await rows.count()).toBe(1)
    expect(await rows.first().getAttribute("data-row")).toBe("2")
    expect(await rows.first().textContent()).toContain("price_eur")
    await page.getByTestId("import-nothing-imported").waitFor()
    await shot(page, "1-errors")
    expect(await storeProductCount(lampHandle)).toBe(0)
    expect(await storeProductCount(shadeHandle)).toBe(0)

    // The corrected file: the summary, then Start.
    await page.getByTestId("import-file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(catalogCsv()) })
    await page.getByTestId("import-check").click()
    await page.getByTestId("import-summary").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("import-products").textContent()).toBe("2")
    expect(await page.getByTestId("import-variants").textContent()).toBe("3")
    expect(await page.getByTestId("import-creates").textContent()).toBe("3")
    expect(await page.getByTestId("import-updates").textContent()).toBe("0")
    await shot(page, "2-summary")
    await page.getByTestId("import-start").click()

    // The progress bar polls until the job completed.
    await page.getByTestId("import-progress").waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="import-status"][data-status="completed"]').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId("import-progress").getAttribute("value")).toBe("100")
    expect(await page.getByTestId("import-progress-text").textContent()).toBe("100%")
    const result = page.getByTestId("import-result")
    expect(await result.getAttribute("data-created")).toBe("3")
    expect(await result.getAttribute("data-updated")).toBe("0")
    await shot(page, "3-completed")

    // The recent imports list shows it, and the products list has both products.
    await page.locator('[data-testid="import-row"][data-status="completed"]').filter({ hasText: "good.csv" }).first().waitFor({ timeout: 30_000 })
    await page.getByTestId("import-products-link").click()
    await page.waitForURL(/\/en\/vendor\/products/)
    await page.getByTestId("vendor-product-row").filter({ hasText: `${word} Lamp` }).waitFor({ timeout: 30_000 })
    await page.getByTestId("vendor-product-row").filter({ hasText: `${word} Shade` }).waitFor()
    expect(await storeProductCount(lampHandle)).toBe(1)

    // The search index follows through events: the storefront's search finds the new products.
    const deadline = Date.now() + 60_000
    for (;;) {
      await page.goto(`${env.storefront}/en/search?q=${word}`)
      if ((await page.getByTestId("search-hit").filter({ hasText: `${word} Lamp` }).count()) > 0) break
      if (Date.now() > deadline) throw new Error(`${word} Lamp never appeared in /search`)
      await page.waitForTimeout(1000)
    }
    await page.getByTestId("search-hit").filter({ hasText: `${word} Shade` }).waitFor({ timeout: 10_000 })
    await shot(page, "4-search")

    expect(errors).toEqual([])
    await context.close()
  })

  it("lets the operator re-import the file for the seller from the admin's Catalogue imports page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = pageErrors(page)
    await page.goto(`${env.backend}/app/login`, { timeout: 180_000 })
    await page.fill("input[name=email]", "admin@vitrina.local", { timeout: 180_000 })
    await page.fill("input[name=password]", "vitrina-admin")
    await page.click("button[type=submit]")
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })

    await page.getByRole("link", { name: "Catalogue imports" }).first().click({ timeout: 60_000 })
    await page.waitForURL(/\/app\/catalog-imports/)
    await page.getByRole("heading", { name: "Catalogue imports" }).waitFor({ timeout: 60_000 })
    // The seller's import from the portal is listed.
    await page.locator('[data-testid="admin-import-row"][data-status="completed"]').filter({ hasText: "Nordlicht Home" }).first().waitFor({ timeout: 30_000 })

    // The same file again, for the seller: every SKU is an update.
    await page.getByTestId("admin-import-vendor").getByRole("combobox").click()
    await page.getByRole("option", { name: /Nordlicht Home/ }).click()
    await page.getByTestId("admin-import-file").setInputFiles({ name: "again.csv", mimeType: "text/csv", buffer: Buffer.from(catalogCsv()) })
    await page.getByTestId("admin-import-check").click()
    await page.getByTestId("admin-import-summary").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("admin-import-creates").textContent()).toBe("0")
    expect(await page.getByTestId("admin-import-updates").textContent()).toBe("3")
    await page.getByTestId("admin-import-start").click()
    await page.locator('[data-testid="admin-import-job"][data-status="completed"]').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId("admin-import-progress-text").textContent()).toBe("100%")
    await shot(page, "5-admin")

    expect(errors).toEqual([])
    await page.close()
  })
})
