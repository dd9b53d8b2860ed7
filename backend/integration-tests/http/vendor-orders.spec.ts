import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { prepareCart } from "../helpers/checkout"
import { adminHeaders, bearer, createStoreInfrastructure, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)


medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    type Seller = { token: string; vendorId: string; variantId: string; productId: string }
    let a: Seller
    let b: Seller
    let orderOf: (s: Seller) => Promise<string>

    beforeEach(async () => {
      const container = getContainer()
      const admin = await adminHeaders(container, api)
      const { region } = await createStoreInfrastructure(container)
      const store = await storeHeaders(container)
      const seller = async (handle: string, price: number): Promise<Seller> => {
        const v = await signUpVendor(api, { email: `${handle}@sellers.test`, handle, approveWith: admin })
        const { data } = await api.post(
          "/vendor/products",
          {
            title: `${handle} lamp`,
            status: "published",
            options: [{ title: "Size", values: ["One"] }],
            variants: [{ title: "One", options: { Size: "One" }, prices: [{ currency_code: "eur", amount: price }], inventory_quantity: 5 }],
          },
          bearer(v.token)
        )
        return { ...v, productId: data.product.id, variantId: data.product.variants[0].id }
      }
      a = await seller("seller-a", 20)
      b = await seller("seller-b", 30)
      const cartId = await prepareCart(api, store, region.id, [
        { variant_id: a.variantId, quantity: 2 },
        { variant_id: b.variantId, quantity: 1 },
      ])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      orderOf = async (s) => (await api.get("/vendor/orders", bearer(s.token))).data.orders[0].id
    })

    it("approval gives a seller its own shipping, so its products sell and split into its own order", async () => {
      const { data } = await api.get("/vendor/orders", bearer(a.token))
      expect(data.count).toBe(1)
      const [order] = data.orders
      expect(order.items.map((i: { title: string; quantity: number }) => [i.title, i.quantity])).toEqual([["seller-a lamp", 2]])
      expect(Number(order.total)).toBeCloseTo((2 * 20 + 4.9) * 1.19, 2) // items + the seller's own Standard shipping, 19 % VAT
      const detail = await api.get(`/vendor/orders/${order.id}`, bearer(a.token))
      expect(detail.data.order.shipping_methods).toHaveLength(1)
      expect(detail.data.order.shipping_address.city).toBe("Berlin")
    })

    it("ships with carrier and tracking number, taking the stock once", async () => {
      const id = await orderOf(a)
      const shipped = await refused(api.post(`/vendor/orders/${id}/ship`, { carrier: "DHL", tracking_number: "JJD000123" }, bearer(a.token)))
      expect({ status: shipped.status, message: shipped.data.message }).toEqual({ status: 200, message: undefined })
      const data = shipped.data as unknown as { order: { fulfillment_status: string; fulfillments: { shipped_at: string; metadata: object; labels: { tracking_number: string }[] }[] } }
      expect(data.order.fulfillment_status).toBe("shipped")
      const [fulfillment] = data.order.fulfillments
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.metadata).toMatchObject({ carrier: "DHL" })
      expect(fulfillment.labels.map((l: { tracking_number: string }) => l.tracking_number)).toEqual(["JJD000123"])

      const inventory = getContainer().resolve(Modules.INVENTORY)
      const query = getContainer().resolve("query") as { graph: (q: object) => Promise<{ data: { inventory_items: { inventory_item_id: string }[] }[] }> }
      const { data: [variant] } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: a.variantId } })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id })
      expect([Number(level.stocked_quantity), Number(level.reserved_quantity)]).toEqual([3, 0])

      const again = await refused(api.post(`/vendor/orders/${id}/ship`, { carrier: "DHL", tracking_number: "X1" }, bearer(a.token)))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/Nothing left to ship/)
      const cancelShipped = await refused(api.post(`/vendor/orders/${id}/cancel`, {}, bearer(a.token)))
      expect(cancelShipped.status).toBeGreaterThanOrEqual(400)
      expect(cancelShipped.status).toBeLessThan(500)
    })

    it("packs first and ships later: fulfil, then ship the waiting fulfillment", async () => {
      const id = await orderOf(b)
      const { data: packed } = await api.post(`/vendor/orders/${id}/fulfill`, {}, bearer(b.token))
      expect(packed.order.fulfillment_status).toBe("fulfilled")
      expect(packed.order.fulfillments).toHaveLength(1)
      const twice = await refused(api.post(`/vendor/orders/${id}/fulfill`, {}, bearer(b.token)))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/waiting to be shipped/)
      const { data: shipped } = await api.post(`/vendor/orders/${id}/ship`, { carrier: "GLS", tracking_number: "GLS42" }, bearer(b.token))
      expect(shipped.order.fulfillment_status).toBe("shipped")
      expect(shipped.order.fulfillments).toHaveLength(1)
      expect(shipped.order.fulfillments[0].labels[0].tracking_number).toBe("GLS42")
    })

    it("answers 400 to a shipment without carrier or tracking number", async () => {
      const id = await orderOf(a)
      for (const body of [{ carrier: "DHL" }, { tracking_number: "1" }, { carrier: "DHL", tracking_number: "1", weight: 2 }, { carrier: "D\u0000", tracking_number: "1" }]) {
        expect((await refused(api.post(`/vendor/orders/${id}/ship`, body, bearer(a.token)))).status).toBe(400)
      }
    })

    it("keeps each seller to its own order", async () => {
      const bOrder = await orderOf(b)
      expect((await refused(api.get(`/vendor/orders/${bOrder}`, bearer(a.token)))).status).toBe(404)
      expect((await refused(api.post(`/vendor/orders/${bOrder}/ship`, { carrier: "DHL", tracking_number: "1" }, bearer(a.token)))).status).toBe(404)
      expect((await refused(api.post(`/vendor/orders/${bOrder}/cancel`, {}, bearer(a.token)))).status).toBe(404)
      const aOrders = (await api.get("/vendor/orders", bearer(a.token))).data.orders.map((o: { id: string }) => o.id)
      expect(aOrders).not.toContain(bOrder)
    })

    it("shows the balance and ledger; a cancellation reverses the seller's sale", async () => {
      const balanceA = (await api.get("/vendor/balance", bearer(a.token))).data.balance
      expect(balanceA).toEqual([{ currency_code: "eur", available: "0", pending: expect.any(String), paid_out: "0" }])
      const aOrder = (await api.get("/vendor/orders", bearer(a.token))).data.orders[0]
      expect(Number(balanceA[0].pending)).toBeCloseTo(Number(aOrder.total), 2) // no commission rule: rate 0
      const ledger = (await api.get("/vendor/ledger", bearer(a.token))).data.entries
      expect(ledger.map((e: { type: string }) => e.type).sort()).toEqual(["commission", "sale"])

      const bOrder = await orderOf(b)
      const canceled = await api.post(`/vendor/orders/${bOrder}/cancel`, {}, bearer(b.token))
      expect(canceled.data.order.status).toBe("canceled")
      let total = NaN
      for (let i = 0; i < 50 && total !== 0; i++) {
        const [row] = (await api.get("/vendor/balance", bearer(b.token))).data.balance
        total = Number(row.available) + Number(row.pending)
        if (total !== 0) await new Promise((r) => setTimeout(r, 100))
      }
      expect(total).toBe(0)
    })
  },
})
