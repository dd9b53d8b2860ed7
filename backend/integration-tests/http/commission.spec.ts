import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, capturePaymentWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { getVendorBalance } from "@vitrina/marketplace/lib/index"
import { createShop, prepareCart } from "../helpers/checkout"
import { adminHeaders, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of query.graph over links and custom modules are untyped here
type Row = Record<string, any>
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof createShop>>
    let categoryId: string

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      admin = await adminHeaders(container, api)
      const { result: [category] } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Lighting", handle: "lighting", is_active: true }] },
      })
      categoryId = category.id
      shop = await createShop(container, [
        { handle: "north", kind: "seller", shipping: 4.9, products: [{ handle: "lamp", price: 10.33, stock: 50, category_ids: [category.id] }, { handle: "mug", price: 7.77, stock: 50 }] },
        { handle: "south", kind: "seller", shipping: 5.55, products: [{ handle: "chair", price: 99.99, stock: 20 }] },
        { handle: "codecraft", kind: "teacher", products: [{ handle: "ts-course", price: 49.5 }] },
      ])
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const vendorId = (handle: string) => shop.vendors.find((v: { handle: string }) => v.handle === handle)!.id
    const line = (handle: string, quantity = 1) => ({ variant_id: shop.variants[handle], quantity })
    const rule = (body: object) => api.post("/admin/commission-rules", body, admin)

    async function checkout(lines: { variant_id: string; quantity: number }[], promoCode?: string) {
      const cartId = await prepareCart(api, store, shop.region.id, lines)
      if (promoCode) {
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promoCode] }, store)
        // The promotion changed the amount to pay: pay the new amount.
        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      }
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      const { data: [group] } = await query().graph({ entity: "order_group", fields: ["id", "orders.id"], filters: { cart_id: cartId } })
      const { data: orders } = await query().graph({
        entity: "order",
        fields: ["id", "total", "vendor.id", "vendor.handle", "items.id", "items.product_handle"],
        filters: { id: (group.orders as Row[]).map((o) => o.id) },
      })
      const { data: lines_ } = await query().graph({
        entity: "commission_line",
        fields: ["order_id", "line_item_id", "scope", "rate", "base_amount", "amount"],
        filters: { order_id: orders.map((o: Row) => o.id) },
      })
      const lineOf = (productHandle: string): Row => {
        const item = (orders as Row[]).flatMap((o) => o.items as Row[]).find((i) => i.product_handle === productHandle)
        return (lines_ as Row[]).find((l) => l.line_item_id === item?.id) as Row
      }
      return { parent: data.order, group, orders: orders as Row[], lines: lines_ as Row[], lineOf }
    }

    describe("commission rules: the most specific wins (category > vendor > kind > default)", () => {
      beforeEach(async () => {
        await rule({ scope: "default", rate: 10 })
      })

      it("applies the platform default when nothing more specific exists", async () => {
        const { lineOf } = await checkout([line("mug")])
        expect(lineOf("mug")).toMatchObject({ scope: "default" })
        expect(Number(lineOf("mug").rate)).toBe(10)
      })

      it("prefers the vendor-kind rule over the default", async () => {
        await rule({ scope: "kind", reference: "teacher", rate: 20 })
        const { lineOf } = await checkout([line("mug"), line("ts-course")])
        expect(lineOf("ts-course")).toMatchObject({ scope: "kind" })
        expect(lineOf("mug")).toMatchObject({ scope: "default" })
      })

      it("prefers the vendor's rule over its kind's", async () => {
        await rule({ scope: "kind", reference: "seller", rate: 12 })
        await rule({ scope: "vendor", reference: vendorId("south"), rate: 5 })
        const { lineOf } = await checkout([line("mug"), line("chair")])
        expect(lineOf("chair")).toMatchObject({ scope: "vendor" })
        expect(Number(lineOf("chair").rate)).toBe(5)
        expect(lineOf("mug")).toMatchObject({ scope: "kind" })
      })

      it("prefers the category's rule over the vendor's", async () => {
        await rule({ scope: "vendor", reference: vendorId("north"), rate: 7 })
        await rule({ scope: "category", reference: categoryId, rate: 15.5 })
        const { lineOf } = await checkout([line("lamp", 3), line("mug")])
        expect(lineOf("lamp")).toMatchObject({ scope: "category" })
        expect(Number(lineOf("lamp").rate)).toBe(15.5)
        expect(lineOf("mug")).toMatchObject({ scope: "vendor" })
        // 3 × 10.33 + 19 % VAT = 36.8781 → 15.5 % = 5.7161… → 5.72
        expect(MathBN.convert(lineOf("lamp").base_amount).toString()).toBe("36.8781")
        expect(MathBN.convert(lineOf("lamp").amount).toString()).toBe("5.72")
      })
    })

    it("bases a one-vendor checkout's commission on each line's total after the promotion and VAT, as Medusa totals the order", async () => {
      await rule({ scope: "default", rate: 10 })
      const promotion = await api.post(
        "/admin/promotions",
        {
          code: "LAMPS15",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 15 },
        },
        admin
      )
      expect(promotion.status).toBe(200)
      const { group, lines } = await checkout([line("lamp", 3), line("mug", 2)], "LAMPS15")
      const groupOrders = (group.orders ?? []) as Row[]
      expect(groupOrders).toHaveLength(1)
      const { data: [order] } = await query().graph({
        entity: "order",
        fields: ["id", "total", "items.id", "items.total", "items.discount_total"],
        filters: { id: groupOrders[0].id },
      })
      expect(lines).toHaveLength(2)
      for (const item of order.items as Row[]) {
        expect(MathBN.gt(item.discount_total, 0)).toBe(true)
        const commissionLine = lines.find((l) => l.line_item_id === item.id)!
        expect(MathBN.convert(commissionLine.base_amount).toString()).toBe(MathBN.convert(item.total).toString())
      }
      // 3 × 10.33 − 15 % = 26.3415, + 19 % VAT = 31.346385
      expect(lines.map((l) => MathBN.convert(l.base_amount).toString())).toContain("31.346385")
      const { data: entries } = await query().graph({ entity: "ledger_entry", fields: ["type", "amount"], filters: { order_id: order.id } })
      const sale = (entries as Row[]).find((e) => e.type === "sale")
      expect(MathBN.convert(sale?.amount).toString()).toBe(MathBN.convert(order.total).toString())
      const { data: [storedGroup] } = await query().graph({ entity: "order_group", fields: ["total"], filters: { id: group.id } })
      expect(MathBN.convert(storedGroup.total).toString()).toBe(MathBN.convert(order.total).toString())
    })

    it("posts sale and commission to the ledger so that it sums exactly to order totals minus commission", async () => {
      await rule({ scope: "default", rate: 13.7 })
      const { orders, lines, parent } = await checkout([line("lamp", 7), line("mug", 3), line("chair"), line("ts-course")])
      const { data: entries } = await query().graph({
        entity: "ledger_entry",
        fields: ["vendor_id", "order_id", "type", "amount"],
        filters: { order_id: orders.map((o) => o.id) },
      })
      expect(entries).toHaveLength(orders.length * 2)
      for (const order of orders) {
        const commission = MathBN.sum(...lines.filter((l) => l.order_id === order.id).map((l) => l.amount as number))
        const ledger = MathBN.sum(...entries.filter((e: Row) => e.order_id === order.id).map((e: Row) => e.amount as number))
        expect(ledger.toString()).toBe(MathBN.sub(order.total, commission).toString())
        expect(entries.filter((e: Row) => e.order_id === order.id).every((e: Row) => e.vendor_id === order.vendor.id)).toBe(true)
      }
      const allLedger = MathBN.sum(...entries.map((e: Row) => e.amount as number))
      const allCommission = MathBN.sum(...lines.map((l) => l.amount as number))
      expect(MathBN.add(allLedger, allCommission).toString()).toBe(MathBN.convert(parent.total).toString())
    })

    it("posts reversing entries when a vendor order is canceled", async () => {
      await rule({ scope: "default", rate: 10 })
      const { orders } = await checkout([line("chair"), line("mug")])
      const south = orders.find((o) => o.vendor.handle === "south")!
      await cancelOrderWorkflow(getContainer()).run({ input: { order_id: south.id } })

      let entries: Row[] = []
      for (let i = 0; i < 50 && entries.length < 4; i++) {
        ;({ data: entries } = await query().graph({ entity: "ledger_entry", fields: ["type", "amount"], filters: { order_id: south.id } }))
        if (entries.length < 4) await new Promise((r) => setTimeout(r, 100))
      }
      expect(entries.map((e) => e.type).sort()).toEqual(["commission", "commission_reversal", "sale", "sale_reversal"])
      expect(MathBN.sum(...entries.map((e) => e.amount as number)).toString()).toBe("0")
      const [eur] = await getVendorBalance(getContainer(), vendorId("south"), { now: new Date(Date.now() + 30 * DAY) })
      expect(eur).toMatchObject({ currency_code: "eur", available: "0", pending: "0", paid_out: "0" })
    })

    it("refunds part of a vendor order: reverses sale and commission in proportion and refunds the customer's payment", async () => {
      await rule({ scope: "default", rate: 10 })
      const { orders, parent } = await checkout([line("chair"), line("mug")])
      const south = orders.find((o) => o.vendor.handle === "south")!
      const { data: [withPayment] } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: parent.id },
      })
      const paymentId = ((withPayment.payment_collections ?? []) as Row[])[0].payments[0].id

      const early = await api.post(`/admin/vendor-orders/${south.id}/refunds`, { amount: 10 }, admin).catch((e) => e.response)
      expect(early.status).toBe(400) // not captured yet
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId } })

      const { data: placed } = await query().graph({ entity: "ledger_entry", fields: ["amount", "type"], filters: { order_id: south.id } })
      const amountOf = (type: string) => MathBN.convert((placed as Row[]).find((e) => e.type === type)!.amount)
      // commission is reversed in proportion to the refunded share of the sale (shipping included), to the cent
      const expectedCommission = MathBN.div(MathBN.mult(amountOf("commission"), 10), amountOf("sale")).multipliedBy(-1).decimalPlaces(2, 4)

      const { data } = await api.post(`/admin/vendor-orders/${south.id}/refunds`, { amount: 10, note: "scratched" }, admin)
      const byType = Object.fromEntries(data.ledger_entries.map((e: Row) => [e.type, MathBN.convert(e.amount).toString()]))
      expect(byType).toEqual({ sale_reversal: "-10", commission_reversal: expectedCommission.toString() })
      const { data: [payment] } = await query().graph({ entity: "payment", fields: ["refunds.amount"], filters: { id: paymentId } })
      expect((payment.refunds as Row[]).map((r) => Number(r.amount))).toEqual([10])

      for (const body of [{ amount: 0 }, { amount: 10.00001 }, { amount: 100000 }, { amount: 5, extra: 1 }]) {
        const res = await api.post(`/admin/vendor-orders/${south.id}/refunds`, body, admin).catch((e) => e.response)
        expect([res.status, body]).toEqual([400, body])
      }
      // Refunding the rest reverses exactly what is left: the order nets to zero in the ledger.
      const { data: all1 } = await query().graph({ entity: "ledger_entry", fields: ["amount", "type"], filters: { order_id: south.id } })
      const saleLeft = MathBN.sum(...(all1 as Row[]).filter((e) => e.type.startsWith("sale")).map((e) => e.amount as number))
      await api.post(`/admin/vendor-orders/${south.id}/refunds`, { amount: Number(saleLeft.toString()) }, admin)
      const { data: all2 } = await query().graph({ entity: "ledger_entry", fields: ["amount"], filters: { order_id: south.id } })
      expect(MathBN.sum(...(all2 as Row[]).map((e) => e.amount as number)).toString()).toBe("0")
      // Not a vendor order: refused.
      const notVendor = await api.post(`/admin/vendor-orders/${parent.id}/refunds`, { amount: 1 }, admin).catch((e) => e.response)
      expect(notVendor.status).toBe(400)
    })

    it("keeps a sale pending during the holding period and makes it available afterwards", async () => {
      await rule({ scope: "default", rate: 10 })
      const { orders, lines } = await checkout([line("chair")])
      const south = orders[0]
      const net = MathBN.sub(south.total, MathBN.sum(...lines.map((l) => l.amount as number))).toString()

      const { data } = await api.get(`/admin/vendors/${vendorId("south")}/balance`, admin)
      expect(data.balances).toEqual([{ currency_code: "eur", available: "0", pending: net, paid_out: "0" }])
      const day13 = await getVendorBalance(getContainer(), vendorId("south"), { now: new Date(Date.now() + 13 * DAY) })
      expect(day13[0]).toMatchObject({ available: "0", pending: net })
      const day15 = await getVendorBalance(getContainer(), vendorId("south"), { now: new Date(Date.now() + 15 * DAY) })
      expect(day15[0]).toMatchObject({ available: net, pending: "0" })
    })

    describe("admin API", () => {
      it("refuses anonymous callers", async () => {
        for (const [method, url] of [
          ["get", "/admin/commission-rules"],
          ["post", "/admin/commission-rules"],
          ["get", "/admin/order-groups/ordgrp_x"],
          ["get", "/admin/vendors/ven_x/balance"],
          ["post", "/admin/vendor-orders/order_x/refunds"],
        ] as const) {
          const res = await (method === "get" ? api.get(url) : api.post(url, { scope: "default", rate: 1 })).catch((e) => e.response)
          expect(res.status).toBe(401)
        }
      })

      it("answers 4xx with a message for bad input", async () => {
        const bad = [
          { scope: "default", rate: 101 },
          { scope: "default", rate: -1 },
          { scope: "default", rate: "10" },
          { scope: "default", rate: 1.23456 },
          { scope: "galaxy", rate: 1 },
          { scope: "default", rate: 1, extra: true },
          { scope: "kind", reference: "wholesaler", rate: 1 },
          { scope: "vendor", reference: "ven_missing", rate: 1 },
          { scope: "category", reference: "x".repeat(101), rate: 1 },
          { scope: "default", reference: "ven_1", rate: 1 },
          { scope: "default", rate: 1, name: "bad\u0000name" },
        ]
        for (const body of bad) {
          const res = await rule(body).catch((e) => e.response)
          expect([res.status, body]).toEqual([400, body])
          expect(typeof res.data.message).toBe("string")
        }
        await rule({ scope: "default", rate: 1 })
        const dup = await rule({ scope: "default", rate: 2 }).catch((e) => e.response)
        expect(dup.status).toBeGreaterThanOrEqual(400)
        expect(dup.status).toBeLessThan(500)
        for (const url of ["/admin/commission-rules?limit=0", "/admin/commission-rules?scope=x", "/admin/order-groups/x?y=1"]) {
          expect((await api.get(url, admin).catch((e) => e.response)).status).toBe(400)
        }
        expect((await api.get("/admin/order-groups/ordgrp_missing", admin).catch((e) => e.response)).status).toBe(404)
        expect((await api.get("/admin/vendors/ven_missing/balance", admin).catch((e) => e.response)).status).toBe(404)
        expect((await api.get("/admin/commission-rules/comr_missing", admin).catch((e) => e.response)).status).toBe(404)
      })

      it("creates, lists, updates and deletes commission rules", async () => {
        const { data: created } = await rule({ scope: "vendor", reference: vendorId("north"), rate: 8.25, name: "North deal" })
        expect(created.commission_rule).toMatchObject({ scope: "vendor", reference: vendorId("north"), name: "North deal" })
        expect(Number(created.commission_rule.rate)).toBe(8.25)
        const id = created.commission_rule.id
        const { data: list } = await api.get("/admin/commission-rules?scope=vendor", admin)
        expect(list.commission_rules.map((r: Row) => r.id)).toEqual([id])
        const { data: updated } = await api.post(`/admin/commission-rules/${id}`, { rate: 9 }, admin)
        expect(Number(updated.commission_rule.rate)).toBe(9)
        const { data: deleted } = await api.delete(`/admin/commission-rules/${id}`, admin)
        expect(deleted).toEqual({ id, object: "commission_rule", deleted: true })
        expect((await api.get("/admin/commission-rules", admin)).data.count).toBe(0)
      })

      it("shows an order group with its vendor orders and commission lines", async () => {
        await rule({ scope: "default", rate: 10 })
        const { group } = await checkout([line("lamp"), line("chair")])
        const { data } = await api.get(`/admin/order-groups/${group.id}`, admin)
        expect(data.order_group.orders).toHaveLength(2)
        for (const order of data.order_group.orders) {
          expect(order.vendor.handle).toMatch(/north|south/)
          expect(order.commission_lines).toHaveLength(order.items.length)
        }
      })
    })
  },
})
