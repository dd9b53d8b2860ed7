import { env } from "./support"

jest.setTimeout(60_000)

async function html(path: string) {
  const res = await fetch(`${env.storefront}${path}`, { headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140" } })
  return { status: res.status, body: await res.text() }
}

function jsonLd(body: string) {
  return [...body.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
}

describe("server-rendered storefront pages", () => {
  it("renders a product page with metadata, Open Graph and JSON-LD Product naming the vendor", async () => {
    const { status, body } = await html("/en/products/ceramic-pour-over-set")
    expect(status).toBe(200)
    const head = body.slice(0, body.indexOf("</head>"))
    expect(head).toMatch(/<title>[^<]*Ceramic Pour-Over Set/)
    expect(head).toMatch(/<link rel="canonical" href="[^"]*\/en\/products\/ceramic-pour-over-set"/)
    expect(head).toMatch(/<meta property="og:title" content="[^"]*Ceramic Pour-Over Set/)
    expect(head).toMatch(/<meta property="og:image" content="[^"]+\.png"/)
    expect(head).toMatch(/<meta property="og:video" content="[^"]+\.webm"/)
    expect(head).toMatch(/<meta property="og:video:width" content="480"/)
    expect(head).toMatch(/hrefLang="ru"|hreflang="ru"/)

    const product = jsonLd(body).find((d) => d["@type"] === "Product")
    expect(product).toBeDefined()
    expect(product.name).toBe("Ceramic Pour-Over Set")
    expect(JSON.stringify(product.brand ?? product.seller)).toContain("Nordlicht Home")
    const offers = [product.offers].flat()
    expect(offers[0].priceCurrency).toMatch(/^(EUR|USD)$/)
    expect(Number(offers[0].price)).toBeGreaterThan(0)
  })

  it("renders a course landing page with its curriculum, metadata and JSON-LD Course", async () => {
    const { status, body } = await html("/en/courses/typescript-zero-to-production")
    expect(status).toBe(200)
    const head = body.slice(0, body.indexOf("</head>"))
    expect(head).toMatch(/<title>[^<]*TypeScript: Zero to Production/)
    expect(head).toMatch(/<link rel="canonical" href="[^"]*\/en\/courses\/typescript-zero-to-production"/)
    expect(head).toMatch(/<meta property="og:image" content="[^"]+\.png"/)
    // the curriculum is in the server-rendered HTML, with the seeded lessons
    expect(body).toContain("Generics in practice")
    expect(body).toContain("Testing with Jest")

    const course = jsonLd(body).find((d) => d["@type"] === "Course")
    expect(course).toBeDefined()
    expect(course.name).toBe("TypeScript: Zero to Production")
    expect(course.provider).toMatchObject({ "@type": "Organization", name: "CodeCraft School" })
    const instance = [course.hasCourseInstance].flat()[0]
    expect(instance.courseMode).toMatch(/online/i)
    expect(instance.courseWorkload).toMatch(/^PT(\d+H)?(\d+M)?$/)
    const offer = [course.offers].flat()[0]
    expect(offer.priceCurrency).toMatch(/^(EUR|USD)$/)
    expect(Number(offer.price)).toBeGreaterThan(0)
    // the seeded students' reviews: AggregateRating and Review on the Course
    expect(course.aggregateRating).toMatchObject({ "@type": "AggregateRating", bestRating: 5, worstRating: 1 })
    expect(course.aggregateRating.reviewCount).toBeGreaterThan(0)
    expect([course.review].flat()[0]).toMatchObject({ "@type": "Review", reviewRating: { "@type": "Rating" } })
    expect((await html("/en/courses/no-such-course")).status).toBe(404)
  })

  it("lists courses, filtered by level, language and text in the URL", async () => {
    const all = await html("/en/courses")
    expect(all.status).toBe(200)
    expect(all.body).toContain("TypeScript: Zero to Production")
    expect(all.body).toContain("Business English B2")
    const intermediate = await html("/en/courses?level=intermediate")
    expect(intermediate.body).toContain("Business English B2")
    expect(intermediate.body).not.toContain("TypeScript: Zero to Production")
    const russian = await html("/en/courses?language=ru")
    expect(russian.body).toContain("Russian for Beginners")
    expect(russian.body).not.toContain("UI Design Fundamentals")
    const text = await html("/en/courses?q=marketplace")
    expect(text.body).toContain("Build a Marketplace with Medusa")
    expect(text.body).not.toContain("Business English B2")
    // an unknown level is ignored, not an error page
    const bogus = await html("/en/courses?level=expert")
    expect(bogus.status).toBe(200)
    expect(bogus.body).toContain("TypeScript: Zero to Production")
  })

  it("serves the same pages in Russian", async () => {
    const en = await html("/en")
    const ru = await html("/ru")
    expect(ru.status).toBe(200)
    expect(ru.body).toMatch(/<html[^>]*lang="ru"/)
    expect(en.body).toMatch(/<html[^>]*lang="en"/)
    expect(ru.body).toMatch(/[А-Яа-яЁё]{4,}/)
  })

  it("answers 404 for an unknown product and an unknown vendor", async () => {
    expect((await html("/en/products/no-such-product")).status).toBe(404)
    expect((await html("/en/vendors/no-such-vendor")).status).toBe(404)
  })

  it("lists a vendor's catalog on its page", async () => {
    const { status, body } = await html("/en/vendors/volt-and-byte")
    expect(status).toBe(200)
    expect(body).toContain("Volt &amp; Byte")
    expect(body).toContain("Wireless Earbuds Pro")
    expect(body).not.toContain("Ceramic Pour-Over Set")
  })
})
