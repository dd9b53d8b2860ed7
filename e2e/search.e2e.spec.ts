import type { Browser } from "playwright-core"
import { env, launchBrowser, pageErrors } from "./support"

jest.setTimeout(180_000)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function html(path: string) {
  const res = await fetch(`${env.storefront}${path}`)
  return { status: res.status, body: await res.text() }
}

/** The demo catalogue reaches the index when the backend starts; wait until it answers. */
async function indexed() {
  const start = Date.now()
  for (;;) {
    const { body } = await html("/en/search?q=ceramic")
    if (body.includes('data-testid="search-hit"')) return
    if (Date.now() - start > 90_000) throw new Error("the demo catalogue never reached the search index")
    await new Promise((r) => setTimeout(r, 1000))
  }
}

describe("/search", () => {
  it("server-renders results, corrects typos, filters by facet and suggests on an empty result", async () => {
    await indexed()
    const exact = await html("/en/search?q=ceramic")
    expect(exact.status).toBe(200)
    expect(exact.body).toContain("Ceramic Pour-Over Set")
    expect(exact.body).toMatch(/<meta name="robots" content="noindex, follow"/)
    expect(exact.body).not.toContain('data-testid="search-fuzzy"')

    // a typo still finds it, and says so
    const typo = await html("/en/search?q=ceramik")
    expect(typo.body).toContain("Ceramic Pour-Over Set")
    expect(typo.body).toContain('data-testid="search-fuzzy"')

    // the kind facet narrows to courses
    const courses = await html("/en/search?q=typescript&kind=course")
    expect(courses.body).toContain("TypeScript: Zero to Production")
    expect(courses.body).toContain('href="/en/courses/typescript-zero-to-production"')

    // nothing matches (no ceramic course): tips, listings matching a word elsewhere, categories to browse
    const none = await html("/en/search?q=ceramic&kind=course")
    expect(none.body).toContain('data-testid="search-empty"')
    expect(none.body).toContain('data-testid="search-suggestions"')
    expect(none.body).toMatch(/search-suggestions[\s\S]*Ceramic Pour-Over Set/)
    expect(none.body).toContain('data-testid="search-browse"')
    const nothing = await html("/en/search?q=qqqzzzx")
    expect(nothing.body).toContain('data-testid="search-empty"')
    expect(nothing.body).not.toContain('data-testid="search-suggestions"')
    expect(nothing.body).toMatch(/search-browse[\s\S]*Electronics/)
  })

  it("shows results while typing, and a facet click keeps the query", async () => {
    await indexed()
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors = pageErrors(page)
    await page.goto(`${env.storefront}/en/search`)
    await page.getByTestId("search-input").pressSequentially("pour", { delay: 40 })
    // instant: no submit, the URL and the results follow the typing
    await page.waitForURL(/[?&]q=pour/)
    await page.getByTestId("search-hit").filter({ hasText: "Ceramic Pour-Over Set" }).waitFor()

    await page.getByTestId("search-input").fill("")
    await page.getByTestId("search-input").pressSequentially("typescript", { delay: 20 })
    await page.waitForURL(/[?&]q=typescript/)
    await page.getByTestId("facet-kind").getByRole("link", { name: /Courses/ }).click()
    await page.waitForURL(/kind=course/)
    expect(page.url()).toMatch(/q=typescript/)
    const hits = await page.getByTestId("search-hit").allTextContents()
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.join(" ")).toContain("TypeScript: Zero to Production")
    expect(errors).toEqual([])
    await page.close()
  })

  it("searches from the header on any page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${env.storefront}/en`)
    await page.getByTestId("header-search").fill("ceramic")
    await page.getByTestId("header-search").press("Enter")
    await page.waitForURL(/\/en\/search\?q=ceramic/)
    await page.getByTestId("search-hit").first().waitFor()
    await page.close()
  })
})
