import { deflateSync } from "node:zlib"
import type { Browser, Page } from "playwright-core"
import { adminToken, env, launchBrowser, pageErrors, signUpVendorViaApi, vendorLogin } from "./support"

jest.setTimeout(420_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const stamp = Date.now()
/** A word no other listing has, letters only. */
const word = `Quokka${Array.from(String(stamp), (d) => "abcdefghij"[Number(d)]).join("")}`

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
/** A 48×32 "scan" (grey with a dark band) carrying a tEXt chunk that must not survive the upload. */
function scanPng(): Buffer {
  const [w, h] = [48, 32]
  const header = Buffer.alloc(13)
  header.writeUInt32BE(w, 0)
  header.writeUInt32BE(h, 4)
  header[8] = 8
  header[9] = 2
  const rows = Array.from({ length: h }, (_, y) =>
    Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => (y > 12 && y < 18 ? [40, 40, 60] : [220, 220, 215])).flat())])
  )
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("tEXt", Buffer.from("Author\0Browser Test, Secret Street 1", "latin1")),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1")

async function adminLogin(page: Page) {
  await page.goto(`${env.backend}/app/login`, { timeout: 180_000 })
  await page.fill("input[name=email]", "admin@vitrina.local", { timeout: 180_000 })
  await page.fill("input[name=password]", "vitrina-admin")
  await page.click("button[type=submit]")
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time")
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function searchTitles(text: string): Promise<string[]> {
  const res = await fetch(`${env.backend}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": env.publishableKey },
    body: JSON.stringify({ entity: "catalog", filters: { q: text } }),
  })
  const json = (await res.json()) as { results?: { hits: { document: { title: string } }[] }[] }
  return (json.results?.[0]?.hits ?? []).map((h) => h.document.title)
}

describe("trust & safety", () => {
  it("verifies a teacher: documents uploaded in the portal, approved by the operator, the badge on the storefront", async () => {
    const handle = `verified-school-${stamp}`
    const teacher = await signUpVendorViaApi(`teacher-${stamp}@verify.test`, handle, "teacher")
    const token = await adminToken()
    const approve = await fetch(`${env.backend}/admin/vendors/${teacher.vendorId}/status`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: "active" }),
    })
    expect(approve.status).toBe(200)

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const errors = pageErrors(page)
    await vendorLogin(page, teacher.email, teacher.password)
    await page.getByTestId("vendor-nav-verification").click()
    await page.waitForURL(/\/en\/vendor\/verification/)
    expect(await page.getByTestId("verification-status").getAttribute("data-status")).toBe("draft")

    // a disguised file is refused with the backend's explanation
    await page.selectOption("[data-testid=verification-type]", "identity")
    await page.getByTestId("verification-file").setInputFiles({ name: "passport.pdf", mimeType: "application/pdf", buffer: scanPng() })
    await page.getByTestId("verification-upload").click()
    await page.getByTestId("verification-upload-error").filter({ hasText: "PNG" }).waitFor({ timeout: 60_000 })

    await page.selectOption("[data-testid=verification-type]", "identity")
    await page.getByTestId("verification-file").setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: scanPng() })
    await page.getByTestId("verification-upload").click()
    await page.locator('[data-testid="verification-document"][data-type="identity"]').waitFor({ timeout: 60_000 })
    await page.selectOption("[data-testid=verification-type]", "qualification")
    await page.getByTestId("verification-file").setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: PDF })
    await page.getByTestId("verification-upload").click()
    await page.locator('[data-testid="verification-document"][data-type="qualification"]').waitFor({ timeout: 60_000 })
    await page.getByTestId("verification-submit").click()
    await page.locator('[data-testid="verification-status"][data-status="pending"]').waitFor({ timeout: 60_000 })
    expect(errors).toEqual([])

    // the operator reviews in the admin's Verification page
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const adminErrors = pageErrors(admin)
    await adminLogin(admin)
    await admin.getByRole("link", { name: "Verification" }).first().click({ timeout: 60_000 })
    await admin.waitForURL(/\/app\/verification/)
    const row = admin.locator(`[data-testid="verification-row"][data-vendor="${handle}"]`)
    await row.waitFor({ timeout: 60_000 })
    await row.getByTestId("review-verification").click()
    const drawer = admin.getByTestId("verification-drawer")
    await drawer.locator('[data-testid="verification-document"][data-type="identity"]').getByTestId("view-document").click()
    const image = drawer.getByTestId("document-image")
    await image.waitFor({ timeout: 30_000 })
    await eventually(async () => (await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === 48)
    const src = await image.getAttribute("src")
    expect(src).toMatch(/\/admin\/verification-files\//)
    // the same URL without the operator's session is refused
    expect((await fetch(src!)).status).toBe(401)
    await admin.getByTestId("verification-approve").click()
    await row.waitFor({ state: "detached", timeout: 60_000 })
    expect(adminErrors).toEqual([])
    await admin.close()

    // the vendor sees the decision; the shop page shows the badge
    await page.reload()
    await page.locator('[data-testid="verification-status"][data-status="approved"]').waitFor({ timeout: 60_000 })
    await page.goto(`${env.storefront}/en/vendors/${handle}`)
    await page.getByTestId("verified-badge").first().waitFor({ timeout: 60_000 })
    await context.close()
  })

  it("holds a listing with a forbidden phrase in the manual queue, hidden from the store, until the operator approves it", async () => {
    const title = `${word} Side Table`
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = pageErrors(page)
    await vendorLogin(page, "seller@vitrina.local", "vitrina-seller")
    await page.goto(`${env.storefront}/en/vendor/products/new`)
    await page.fill("input[name=title]", title)
    await page.fill("textarea[name=description]", "Solid ash side table. Pay via Western Union for a discount.")
    await page.fill("input[name=price_eur]", "89.00")
    await page.selectOption("select[name=status]", "published")
    await page.getByTestId("product-save").click()
    await page.waitForURL(/\/en\/vendor\/products\/prod_[^/?]+\?saved=1/, { timeout: 60_000 })
    await page.getByTestId("product-saved").waitFor()
    // saved, but not live: the page offers no "view in store" link, the vendor API says draft
    expect(await page.getByTestId("product-view-link").count()).toBe(0)
    const productId = /\/vendor\/products\/(prod_[^/?]+)/.exec(page.url())![1]
    const login = await fetch(`${env.backend}/auth/vendor/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "seller@vitrina.local", password: "vitrina-seller" }),
    })
    const { token } = (await login.json()) as { token: string }
    const mine = await fetch(`${env.backend}/vendor/products/${productId}`, { headers: { authorization: `Bearer ${token}` } })
    const { product } = (await mine.json()) as { product: { handle: string; status: string } }
    expect(product.status).toBe("draft")
    const handle = product.handle

    // held back: the portal explains, the store and search do not show it
    await page.goto(`${env.storefront}/en/vendor/verification`)
    const held = page.getByTestId("moderation-case").filter({ hasText: title })
    await held.waitFor({ timeout: 30_000 })
    expect(await held.getAttribute("data-status")).toBe("pending")
    expect((await fetch(`${env.storefront}/en/products/${handle}`)).status).toBe(404)
    expect(await searchTitles(word)).toEqual([])

    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const adminErrors = pageErrors(admin)
    await adminLogin(admin)
    await admin.getByRole("link", { name: "Moderation" }).first().click({ timeout: 60_000 })
    await admin.waitForURL(/\/app\/moderation/)
    const row = admin.locator(`[data-testid="moderation-row"][data-title="${title}"]`)
    await row.waitFor({ timeout: 60_000 })
    await row.getByTestId("review-listing").click()
    await admin.locator('[data-testid="moderation-reason"][data-rule="off_platform_payment"]').waitFor()
    // still hidden while it waits
    expect((await fetch(`${env.storefront}/en/products/${handle}`)).status).toBe(404)
    await admin.getByTestId("moderation-approve").click()
    await row.waitFor({ state: "detached", timeout: 60_000 })
    expect(adminErrors).toEqual([])
    await admin.close()

    await page.goto(`${env.storefront}/en/products/${handle}`)
    await page.getByRole("heading", { name: title }).waitFor({ timeout: 60_000 })
    await eventually(async () => (await searchTitles(word)).includes(title), 60_000)
    expect(errors).toEqual([])
    await page.close()
  })
})
