import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
// the plugin's built test server (plugins/search-typesense/test-server), outside this package's sources
import { startTypesenseFake } from "@vitrina/search-typesense/test-server/typesense-fake"
import { eventually } from "../helpers/courses"
import { createMarketplace, storeHeaders } from "../helpers/fixtures"
import { catalogIndexReady, searchCatalog, titles } from "../helpers/search"
import { searchBehaviour } from "../helpers/search-suite"

jest.setTimeout(180_000)

/**
 * The catalogue search on our Typesense provider: the same behaviour suite as on PostgreSQL,
 * through Medusa's Search Module and POST /store/search, against a server speaking Typesense's
 * HTTP API (started here; with TYPESENSE_URL and TYPESENSE_API_KEY set, a real Typesense instead).
 */
type TypesenseFake = { url: string; requests: { method: string; path: string }[]; close(): Promise<void> }
let fake: TypesenseFake | null = null
const real = process.env.TYPESENSE_URL

beforeAll(async () => {
  // before the runner loads medusa-config.ts, which registers the provider when TYPESENSE_URL is set
  if (!real) {
    const started: TypesenseFake = await startTypesenseFake("vitrina-test-key")
    fake = started
    process.env.TYPESENSE_URL = started.url
    process.env.TYPESENSE_API_KEY = "vitrina-test-key"
  }
  process.env.TYPESENSE_COLLECTION_PREFIX = `vitrina_test_${process.pid}_`
})

afterAll(async () => {
  await fake?.close()
})

/** Each test starts from an empty engine, as the database is restored under it between tests. */
async function truncateCollections() {
  const url = process.env.TYPESENSE_URL!.replace(/\/+$/, "")
  const headers = { "X-TYPESENSE-API-KEY": process.env.TYPESENSE_API_KEY ?? "" }
  const collections = (await (await fetch(`${url}/collections`, { headers })).json()) as { name: string }[]
  for (const c of collections.filter((c) => c.name.startsWith(process.env.TYPESENSE_COLLECTION_PREFIX!))) {
    const res = await fetch(`${url}/collections/${encodeURIComponent(c.name)}/documents?truncate=true`, { method: "DELETE", headers })
    if (!res.ok) throw new Error(`truncate ${c.name}: ${res.status} ${await res.text()}`)
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    beforeEach(truncateCollections)
    searchBehaviour({ api, getContainer, provider: "search-typesense" })
    it("expands the index's synonyms (Typesense only: PostgreSQL has none)", async () => {
      const container = getContainer()
      await catalogIndexReady(container)
      await createMarketplace(container, [{ handle: "sound-lab", kind: "seller", products: ["headphones"] }])
      const { headers } = await storeHeaders(container)
      await eventually(async () => (titles(await searchCatalog(api, headers, { filters: { q: "earphones" } })).join() === "headphones" ? true : null))
    })
    it("reached the engine over HTTP (the fake records each request)", () => {
      if (!fake) return // a real Typesense: nothing to inspect
      const paths = fake.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`)
      expect(paths.some((p) => /^POST \/collections$/.test(p))).toBe(true)
      expect(paths.some((p) => /documents\/import$/.test(p))).toBe(true)
      expect(paths.some((p) => /^POST \/multi_search$/.test(p) || /documents\/search$/.test(p))).toBe(true)
    })
  },
})
