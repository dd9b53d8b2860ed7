import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchBehaviour } from "../helpers/search-suite"

jest.setTimeout(180_000)

// The catalogue search on Medusa's default engine: PostgreSQL full-text search in the test database.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    searchBehaviour({ api, getContainer, provider: "search-postgres" })
  },
})
