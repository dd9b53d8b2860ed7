import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { storeHeaders } from "../helpers/fixtures"

jest.setTimeout(120_000)

// Runs only through scripts/test.mjs with TEST_REDIS_URL set: REDIS_URL must be in the environment
// before Medusa's test runner reads medusa-config.ts.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("runs events, cache, workflows and locks on Redis when REDIS_URL is set", async () => {
      expect(process.env.REDIS_URL).toBeTruthy()
      const container = getContainer()
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
      expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")

      const locking = container.resolve(Modules.LOCKING)
      let ran = false
      await locking.execute("vitrina-redis-test", async () => {
        ran = true
      })
      expect(ran).toBe(true)

      const { result } = await createVendorsWorkflow(container).run({
        input: { vendors: [{ handle: "on-redis", name: "On Redis", kind: "seller", status: "active" }] },
      })
      expect(result[0].handle).toBe("on-redis")
      const { data } = await api.get("/store/vendors/on-redis", await storeHeaders(container))
      expect(data.vendor.name).toBe("On Redis")
    })
  },
})
