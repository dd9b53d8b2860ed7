import { deflateSync } from "node:zlib"
import type { Browser, Page } from "playwright-core"
import { adminGet, adminToken, env, launchBrowser, letterStamp, pageErrors } from "./support"

jest.setTimeout(300_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
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

/** A small valid PNG (a 32×32 terracotta square), made in memory. */
function makePng(size = 32): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [200, 85, 61]).flat())])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function statusOf(page: Page): Promise<string | null> {
  const banner = page.getByTestId("vendor-status")
  await banner.waitFor({ timeout: 60_000 })
  return banner.getAttribute("data-status")
}

describe("vendor portal", () => {
  it("lets a new seller sign up, wait for approval, then publish a product with an uploaded image", async () => {
    const stamp = Date.now()
    const email = `portal-${stamp}@sellers.test`
    const password = "portal-pass-1"
    const shopName = `Portal Shop ${stamp}`
    const handle = `portal-shop-${stamp}`
    const title = `Portal Lamp ${letterStamp(stamp)}`

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } }) // a phone
    const page = await context.newPage()
    const errors = pageErrors(page)

    // Sign-up: account and shop in one form, from the header's "Sell on Vitrina" link.
    await page.goto(`${env.storefront}/en`)
    await page.getByTestId("sell-link").click()
    await page.waitForURL(/\/en\/vendor\/login/)
    await page.getByTestId("vendor-register-link").click()
    await page.waitForURL(/\/en\/vendor\/register/)
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", password)
    await page.fill("input[name=shop_name]", shopName)
    // The handle is suggested from the name.
    expect(await page.inputValue("input[name=handle]")).toBe(handle)
    await page.selectOption("select[name=kind]", "seller")
    await page.getByTestId("vendor-register-submit").click()
    await page.waitForURL(/\/en\/vendor(\?|$)/, { timeout: 60_000 })
    expect(await statusOf(page)).toBe("pending")
    await expect(page.getByTestId("add-product").count()).resolves.toBe(0)

    // The operator approves the shop through the admin API.
    const token = await adminToken()
    const { vendors } = await adminGet<{ vendors: { id: string; handle: string; status: string }[] }>(
      "/admin/vendors?status=pending&limit=100",
      token
    )
    const vendor = vendors.find((v) => v.handle === handle)
    expect(vendor?.status).toBe("pending")
    const approve = await fetch(`${env.backend}/admin/vendors/${vendor?.id}/status`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: "active" }),
    })
    expect(approve.status).toBe(200)

    // The seller signs out and in again and finds the shop active.
    await page.getByTestId("vendor-logout").click()
    await page.waitForURL(/\/en\/vendor\/login/)
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", password)
    await page.getByTestId("vendor-login-submit").click()
    await page.waitForURL(/\/en\/vendor(\?|$)/, { timeout: 60_000 })
    expect(await statusOf(page)).toBe("active")

    // A published product with an uploaded picture and a EUR price.
    await page.getByTestId("add-product").click()
    await page.waitForURL(/\/en\/vendor\/products\/new/)
    await page.fill("input[name=title]", title)
    await page.fill("textarea[name=description]", "A warm lamp turned from oak, made for the browser test.")
    await page.fill("input[name=price_eur]", "49.90")
    await page.getByTestId("image-upload").setInputFiles({ name: "lamp.png", mimeType: "image/png", buffer: makePng() })
    await page.getByTestId("image-preview").first().waitFor({ timeout: 60_000 })
    const uploadedUrl = await page.getByTestId("image-preview").first().locator("img").getAttribute("src")
    expect(uploadedUrl).toMatch(/^https?:\/\/.+\.png$/)
    await page.selectOption("select[name=status]", "published")
    await page.getByTestId("product-save").click()
    await page.waitForURL(/\/en\/vendor\/products\/prod_[^/?]+\?saved=1/, { timeout: 60_000 })
    await page.getByTestId("product-saved").waitFor()
    const productHandle = await page.getByTestId("product-view-link").getAttribute("data-handle")
    expect(productHandle).toBeTruthy()

    // It is listed in the portal as published …
    await page.goto(`${env.storefront}/en/vendor/products?status=published`)
    const row = page.getByTestId("vendor-product-row").filter({ hasText: title })
    await row.waitFor()
    expect(await row.getAttribute("data-status")).toBe("published")

    // … and the storefront's product page shows it with the picture and the vendor's name.
    await page.goto(`${env.storefront}/en/products/${productHandle}`)
    await page.getByRole("heading", { name: title }).waitFor({ timeout: 60_000 })
    await page.getByTestId("vendor-link").filter({ hasText: shopName }).waitFor()
    const fileName = (uploadedUrl ?? "").split("/").pop() ?? ""
    expect(await page.locator(`img[src*="${fileName}"]`).count()).toBeGreaterThan(0)
    expect(await page.textContent("body")).toMatch(/49[.,]90/)

    expect(errors).toEqual([])
    await context.close()
  })
})
