import { chromium, type Browser, type Page } from "playwright-core"

/** The platform started by scripts/test.mjs for this run. */
export const env = {
  backend: required("E2E_BACKEND_URL"),
  storefront: required("E2E_STOREFRONT_URL"),
  publishableKey: required("E2E_PUBLISHABLE_KEY"),
}

function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: run browser tests through \`npm test\` (scripts/test.mjs)`)
  }
  return value
}

/** Debian's Chromium with the flags that work on a machine without network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  })
}

export async function adminToken(email = "admin@vitrina.local", password = "vitrina-admin") {
  const res = await fetch(`${env.backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export async function adminGet<T>(path: string, token: string): Promise<T> {
  const res = await fetch(`${env.backend}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** Collects uncaught page errors so that a test can assert the page ran cleanly. */
export function pageErrors(page: Page) {
  const errors: string[] = []
  page.on("pageerror", (e) => errors.push(e.message))
  return errors
}

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${env.backend}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A vendor signs up through the vendor API (identity, then POST /vendor/register); returns its id. */
export async function signUpVendorViaApi(email: string, handle: string, kind: "seller" | "teacher" = "seller") {
  const password = "vendor-pass-1"
  const { token } = await post<{ token: string }>("/auth/vendor/emailpass/register", { email, password })
  const { vendor } = await post<{ vendor: { id: string } }>("/vendor/register", { name: handle.replace(/-/g, " "), handle, kind }, token)
  return { vendorId: vendor.id, email, password }
}

/** Signs a vendor member in to the storefront's vendor portal. */
export async function vendorLogin(page: Page, email: string, password: string) {
  await page.goto(`${env.storefront}/en/vendor/login`)
  await page.fill("input[name=email]", email)
  await page.fill("input[name=password]", password)
  await page.getByTestId("vendor-login-submit").click()
  await page.waitForURL(/\/en\/vendor(\?|$)/, { timeout: 60_000 })
}

/**
 * A unique marker for listing texts, letters only: a run of digits such as `Date.now()` looks like a
 * phone number to listing moderation, which would hold the listing for the operator.
 */
export const letterStamp = (stamp: number) => String(stamp).replace(/\d/g, (d) => "abcdefghij"[Number(d)])

/** The checkout's address step: contact, German address, phone where the form asks for one; then submits it. */
export async function fillCheckoutAddress(
  page: Page,
  a: { email?: string; first_name: string; last_name: string; address_1: string; city: string; postal_code: string }
) {
  if (a.email) {
    const email = page.locator("input[name=email]")
    if (await email.isEditable()) await email.fill(a.email)
  }
  await page.fill("input[name=first_name]", a.first_name)
  await page.fill("input[name=last_name]", a.last_name)
  await page.fill("input[name=address_1]", a.address_1)
  await page.fill("input[name=city]", a.city)
  await page.fill("input[name=postal_code]", a.postal_code)
  await page.selectOption("select[name=country_code]", "de")
  const phone = page.locator("input[name=phone]")
  if (await phone.count()) await phone.fill("+49 40 123456")
  await page.getByTestId("submit-address").click()
}
