import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchBehaviour } from "../helpers/search-suite"

jest.setTimeout(180_000)

// The catalogue search on Medusa's default engine: PostgreSQL full-text search in the test database.
medusaIntegrationTestRunner({
  inApp: true,
  // the spelling vocabulary (plugins/marketplace/src/lib/search-vocabulary.ts) follows each write at once
  env: { SEARCH_VOCABULARY_CHECK_MS: "0", SEARCH_VOCABULARY_REBUILD_MS: "0" },
  testSuite: ({ api, getContainer }) => {
    searchBehaviour({ api, getContainer, provider: "search-postgres" })
  },
})
