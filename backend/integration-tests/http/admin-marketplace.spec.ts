import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createVendorProductsWorkflow, createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import seedDemoData from "../../src/scripts/seed"
import { adminHeaders, createMarketplace } from "../helpers/fixtures"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("operator API", () => {
      let admin: { headers: Record<string, string> }

      beforeEach(async () => {
        const container = getContainer()
        admin = await adminHeaders(container, api)
        await createMarketplace(container, [
          { handle: "nordlicht-home", kind: "seller", verified: true, products: ["lamp", "mug"] },
          { handle: "codecraft", kind: "teacher", products: ["ts-course"] },
          { handle: "waiting-room", kind: "seller", status: "pending" },
        ])
      })

      it("refuses an anonymous caller", async () => {
        const res = await api.get("/admin/vendors").catch((e) => e.response)
        expect(res.status).toBe(401)
        const overview = await api.get("/admin/marketplace/overview").catch((e) => e.response)
        expect(overview.status).toBe(401)
      })

      it("lists every vendor, pending ones included, with contact data and listing counts", async () => {
        const { data } = await api.get("/admin/vendors", admin)
        expect(data.count).toBe(3)
        const byHandle = Object.fromEntries(data.vendors.map((v: { handle: string }) => [v.handle, v]))
        expect(byHandle["nordlicht-home"]).toMatchObject({ status: "active", product_count: 2, email: "owner@nordlicht-home.test" })
        expect(byHandle["waiting-room"]).toMatchObject({ status: "pending", product_count: 0 })
      })

      it("filters vendors by kind and status", async () => {
        const teachers = await api.get("/admin/vendors?kind=teacher", admin)
        expect(teachers.data.vendors.map((v: { handle: string }) => v.handle)).toEqual(["codecraft"])
        const pending = await api.get("/admin/vendors?status=pending", admin)
        expect(pending.data.vendors.map((v: { handle: string }) => v.handle)).toEqual(["waiting-room"])
      })

      it("answers 400 for bad filters", async () => {
        for (const qs of ["status=deleted", "limit=-5", "kind=", "nope=1"]) {
          const res = await api.get(`/admin/vendors?${qs}`, admin).catch((e) => e.response)
          expect(res.status).toBe(400)
          expect(typeof res.data.message).toBe("string")
        }
        const overview = await api.get("/admin/marketplace/overview?since=yesterday", admin).catch((e) => e.response)
        expect(overview.status).toBe(400)
      })

      it("sums up the marketplace for the overview page", async () => {
        const { data } = await api.get("/admin/marketplace/overview", admin)
        expect(data.overview).toEqual({
          vendors: {
            total: 3,
            verified: 1,
            by_kind: { seller: 2, teacher: 1 },
            by_status: { pending: 1, active: 2, suspended: 0, rejected: 0 },
          },
          listings: { total: 3, products: 2, courses: 1 },
        })
      })
    })

    describe("vendor workflows roll back", () => {
      it("creates nothing when a vendor handle is already taken", async () => {
        const container = getContainer()
        await createVendorsWorkflow(container).run({ input: { vendors: [{ handle: "taken", name: "Taken", kind: "seller" }] } })
        await expect(
          createVendorsWorkflow(container).run({
            input: {
              vendors: [
                { handle: "fresh", name: "Fresh", kind: "seller" },
                { handle: "taken", name: "Again", kind: "teacher" },
              ],
            },
          })
        ).rejects.toMatchObject({ message: expect.stringMatching(/already taken: taken/) })
        const vendorModule = container.resolve<{ listVendors: (f: object) => Promise<{ handle: string }[]> }>("vendor")
        const vendors = await vendorModule.listVendors({})
        expect(vendors.map((v: { handle: string }) => v.handle)).toEqual(["taken"])
      })

      it("creates no product when the vendor does not exist", async () => {
        const container = getContainer()
        await expect(
          createVendorProductsWorkflow(container).run({
            input: {
              vendor_id: "ven_missing",
              products: [{ title: "Orphan", handle: "orphan", options: [{ title: "Size", values: ["One"] }], variants: [{ title: "One", options: { Size: "One" }, prices: [] }] }],
            },
          })
        ).rejects.toMatchObject({ message: expect.stringMatching(/ven_missing/) })
        const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: "orphan" })
        expect(products).toHaveLength(0)
      })

      it("creates no product when one product of the batch is invalid", async () => {
        const container = getContainer()
        const { result: [vendor] } = await createVendorsWorkflow(container).run({
          input: { vendors: [{ handle: "v", name: "V", kind: "seller" }] },
        })
        const workflow = createVendorProductsWorkflow(container)
        // Two products with the same handle: the batch is refused as a whole.
        await expect(
          workflow.run({
            input: {
              vendor_id: vendor.id,
              products: ["dup", "dup"].map((handle) => ({ title: handle, handle, options: [{ title: "S", values: ["1"] }], variants: [{ title: "1", options: { S: "1" }, prices: [] }] })),
            },
          })
        ).rejects.toMatchObject({ message: expect.stringMatching(/dup/) })
        expect(await container.resolve(Modules.PRODUCT).listProducts({ handle: "dup" })).toHaveLength(0)
      })
    })

    describe("demo seed", () => {
      it("seeds a full demo marketplace once and does nothing on a second run", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const counts = async () => ({
          vendors: (await query.graph({ entity: "vendor", fields: ["id"] })).data.length,
          products: (await query.graph({ entity: "product", fields: ["id"] })).data.length,
          regions: (await query.graph({ entity: "region", fields: ["id"] })).data.length,
        })

        await seedDemoData({ container, args: [] })
        const first = await counts()
        await seedDemoData({ container, args: [] })
        expect(await counts()).toEqual(first)

        const { data: vendors } = await query.graph({
          entity: "vendor",
          fields: ["handle", "kind", "products.id", "products.metadata", "products.images.url", "products.variants.prices.currency_code"],
        })
        type Listing = { metadata: Record<string, unknown>; images: { url: string }[]; variants: { prices: { currency_code: string }[] }[] }
        const all = vendors as unknown as { kind: string; products: Listing[] }[]
        const sellers = all.filter((v) => v.kind === "seller")
        const teachers = all.filter((v) => v.kind === "teacher")
        expect(sellers.length).toBeGreaterThanOrEqual(2)
        expect(teachers.length).toBeGreaterThanOrEqual(2)
        const physical = sellers.flatMap((v) => v.products)
        const courses = teachers.flatMap((v) => v.products)
        expect(physical.length).toBeGreaterThanOrEqual(12)
        expect(courses.length).toBeGreaterThanOrEqual(4)
        expect(courses.every((p) => p.metadata.kind === "course")).toBe(true)
        for (const p of physical) {
          expect(p.images.length).toBeGreaterThan(0)
          expect(p.metadata.video_url).toMatch(/\.webm$/)
          for (const v of p.variants) {
            expect(v.prices.map((pr) => pr.currency_code).sort()).toEqual(["eur", "usd"])
          }
        }

        // Every seller ships its own goods: its own shipping profile with Standard/Express per region,
        // and its products on that profile (the order split gives each seller its own shipping).
        const { data: shipping } = await query.graph({
          entity: "vendor",
          fields: ["kind", "shipping_profiles.id", "shipping_profiles.shipping_options.id", "products.shipping_profile.id"],
        })
        for (const v of shipping as unknown as { kind: string; shipping_profiles: { id: string; shipping_options: unknown[] }[]; products: { shipping_profile?: { id: string } }[] }[]) {
          if (v.kind === "teacher") {
            expect(v.shipping_profiles ?? []).toHaveLength(0)
            continue
          }
          expect(v.shipping_profiles).toHaveLength(1)
          expect(v.shipping_profiles[0].shipping_options).toHaveLength(4)
          expect(v.products.every((p) => p.shipping_profile?.id === v.shipping_profiles[0].id)).toBe(true)
        }

        // The generated media is really served by the backend.
        const image = await api.get(new URL(physical[0].images[0].url).pathname, { responseType: "arraybuffer" })
        expect(Buffer.from(image.data).subarray(1, 4).toString()).toBe("PNG")
        const video = await api.get(new URL(physical[0].metadata.video_url as string).pathname, { responseType: "arraybuffer" })
        expect(Buffer.from(video.data).subarray(0, 4).toString("hex")).toBe("1a45dfa3") // EBML (WebM)

        // Demo logins work: operator, customer and seller (as the vendor actor).
        const operator = await api.post("/auth/user/emailpass", { email: "admin@vitrina.local", password: "vitrina-admin" })
        expect(operator.data.token).toBeTruthy()
        const customer = await api.post("/auth/customer/emailpass", { email: "customer@vitrina.local", password: "vitrina-customer" })
        expect(customer.data.token).toBeTruthy()
        const seller = await api.post("/auth/vendor/emailpass", { email: "seller@vitrina.local", password: "vitrina-seller" })
        const claims = JSON.parse(Buffer.from(seller.data.token.split(".")[1], "base64url").toString())
        expect(claims.actor_type).toBe("vendor")
        expect(claims.actor_id).toMatch(/^vmem_/)
      })
    })
  },
})
