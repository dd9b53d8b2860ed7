import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { orderGroupOrderLink, vendorOrderLink } from "@vitrina/marketplace/lib/index"
import { createShop, prepareCart } from "../helpers/checkout"
import { storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of query.graph over links and custom modules are untyped here
type Row = Record<string, any>

const SHOP = [
  { handle: "north", kind: "seller" as const, shipping: 4.9, products: [{ handle: "lamp", price: 10.33, stock: 50 }, { handle: "mug", price: 7.77, stock: 50 }] },
  { handle: "south", kind: "seller" as const, shipping: 5.55, products: [{ handle: "chair", price: 99.99, stock: 2 }] },
  { handle: "east", kind: "seller" as const, shipping: 3.33, products: [{ handle: "rug", price: 33.37, stock: 50 }] },
  { handle: "codecraft", kind: "teacher" as const, products: [{ handle: "ts-course", price: 49.5 }] },
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof createShop>>

    beforeEach(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      shop = await createShop(container, SHOP)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function groupOf(cartId: string) {
      const { data } = await query().graph({
        entity: "order_group",
        fields: ["id", "cart_id", "parent_order_id", "customer_id", "total", "vendor_count", "orders.id"],
        filters: { cart_id: cartId },
      })
      return data as Row[]
    }

    async function vendorOrders(ids: string[]) {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id", "total", "currency_code", "metadata", "customer_id", "vendor.id", "vendor.handle", "order_group.id",
          "items.id", "items.product_handle", "items.quantity", "items.variant_id",
          "shipping_methods.id", "shipping_methods.shipping_option_id", "shipping_methods.amount",
        ],
        filters: { id: ids },
      })
      return data as Row[]
    }

    async function parentPayments(orderId: string) {
      const { data: [order] } = await query().graph({
        entity: "order",
        fields: ["id", "total", "payment_collections.id", "payment_collections.payments.id", "payment_collections.payments.amount"],
        filters: { id: orderId },
      })
      return ((order.payment_collections ?? []) as Row[]).flatMap((pc) => (pc.payments ?? []) as Row[])
    }

    const line = (handle: string, quantity = 1) => ({ variant_id: shop.variants[handle], quantity })

    it("splits a three-vendor cart into one group and one order per vendor that add up to the payment", async () => {
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp", 3), line("mug"), line("chair"), line("rug", 2)])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")

      const [group, ...others] = await groupOf(cartId)
      expect(others).toHaveLength(0)
      expect(group.parent_order_id).toBe(data.order.id)
      expect(group.vendor_count).toBe(3)
      const orders = await vendorOrders(group.orders.map((o: Row) => o.id))
      expect(orders).toHaveLength(3)

      const byVendor: Record<string, Row> = Object.fromEntries(orders.map((o) => [o.vendor.handle, o]))
      expect(Object.keys(byVendor).sort()).toEqual(["east", "north", "south"])
      expect(byVendor.north.items.map((i: Row) => i.product_handle).sort()).toEqual(["lamp", "mug"])
      expect(byVendor.south.items.map((i: Row) => i.product_handle)).toEqual(["chair"])
      expect(byVendor.east.items.map((i: Row) => i.product_handle)).toEqual(["rug"])
      for (const [handle, order] of Object.entries(byVendor)) {
        expect(order.order_group.id).toBe(group.id)
        expect(order.customer_id).toBeNull() // "My orders" lists the paid order once; vendor orders hang off the group
        expect(order.metadata).toMatchObject({ vitrina_parent_order_id: data.order.id })
        expect(order.shipping_methods).toHaveLength(1)
        expect(Number(order.shipping_methods[0].amount)).toBe(SHOP.find((s) => s.handle === handle)!.shipping)
      }

      // What the /vendor/orders routes will do: list a vendor's orders through the exported link.
      const { data: southOrders } = await query().graph({
        entity: vendorOrderLink.entryPoint,
        fields: ["order_id"],
        filters: { vendor_id: byVendor.south.vendor.id },
      })
      expect(southOrders.map((l: Row) => l.order_id)).toEqual([byVendor.south.id])

      const payments = await parentPayments(data.order.id)
      expect(payments).toHaveLength(1)
      const vendorSum = MathBN.sum(...orders.map((o) => o.total as number))
      expect(vendorSum.toString()).toBe(MathBN.convert(payments[0].amount).toString())
      expect(vendorSum.toString()).toBe(MathBN.convert(data.order.total).toString())
      expect(MathBN.convert(group.total).toString()).toBe(vendorSum.toString())
    })

    it("a one-vendor checkout: the customer's order is the vendor's order, nothing copied", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp", 2), line("mug")])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")

      const [group, ...others] = await groupOf(cartId)
      expect(others).toHaveLength(0)
      expect(group).toMatchObject({ parent_order_id: data.order.id, vendor_count: 1 })
      expect(group.orders.map((o: Row) => o.id)).toEqual([data.order.id])
      const [order] = await vendorOrders([data.order.id])
      expect(order.vendor.handle).toBe("north")
      expect(order.order_group.id).toBe(group.id)
      expect(order.customer_id).toBe(group.customer_id)
      expect(order.customer_id).toMatch(/^cus_/) // "My orders" lists it: it is the order the customer paid
      expect(order.metadata?.vitrina_parent_order_id).toBeUndefined()
      expect(order.items.map((i: Row) => i.product_handle).sort()).toEqual(["lamp", "mug"])
      expect(order.shipping_methods).toHaveLength(1)
      // no copy was made: the checkout holds one order
      const { data: all } = await query().graph({ entity: "order", fields: ["id"] })
      expect(all.map((o: Row) => o.id)).toEqual([data.order.id])
      // the reservations stay on the customer's items, where Medusa made them
      const reservations = await inventory.listReservationItems({ inventory_item_id: shop.inventoryItems["lamp"] })
      expect(reservations.map((r) => [r.line_item_id, Number(r.quantity)])).toEqual([
        [order.items.find((i: Row) => i.product_handle === "lamp").id, 2],
      ])
      // commission and the vendor's ledger are recorded against it
      const commission = container.resolve("commission") as { listCommissionLines: (f: object) => Promise<Row[]>; listLedgerEntries: (f: object) => Promise<Row[]> }
      expect(await commission.listCommissionLines({ order_id: data.order.id })).toHaveLength(2)
      const ledger = await commission.listLedgerEntries({ order_id: data.order.id })
      expect(ledger.map((e) => e.type).sort()).toEqual(["commission", "sale"])
      expect(MathBN.convert(ledger.find((e) => e.type === "sale")!.amount).toString()).toBe(MathBN.convert(data.order.total).toString())
    })

    it("puts a course without shipping into the teacher's own order", async () => {
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp"), line("ts-course")])
      // Medusa lists every seller's options at the address; the cart needs only north's.
      const { data: groups } = await api.get(`/store/carts/${cartId}/shipping-groups`, store)
      expect(groups.shipping_groups).toEqual([
        { shipping_profile_id: shop.profiles.north, vendor: expect.objectContaining({ handle: "north" }) },
      ])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      const [group] = await groupOf(cartId)
      const orders = await vendorOrders(group.orders.map((o: Row) => o.id))
      const course = orders.find((o) => o.vendor.handle === "codecraft")!
      expect(course.shipping_methods).toHaveLength(0)
      expect(course.items.map((i: Row) => i.product_handle)).toEqual(["ts-course"])
      expect(MathBN.sum(...orders.map((o) => o.total as number)).toString()).toBe(MathBN.convert(data.order.total).toString())
    })

    it("completes a cart once under six parallel requests: one group, the same order or 409, never 500", async () => {
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp"), line("chair"), line("rug")])
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e) => e.response))
      )
      const statuses = responses.map((r) => r.status)
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true)
      const orderIds = new Set(responses.filter((r) => r.status === 200).map((r) => r.data.order?.id))
      expect(orderIds.size).toBe(1)

      const groups = await groupOf(cartId)
      expect(groups).toHaveLength(1)
      expect(groups[0].orders).toHaveLength(3)
      expect([...orderIds][0]).toBe(groups[0].parent_order_id)
      const { data: carts } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(carts).toHaveLength(1)

      const again = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(again.data.order.id).toBe(groups[0].parent_order_id)
      expect(await groupOf(cartId)).toHaveLength(1)
    })

    it("sells a variant whose stock equals the ordered quantity, reserves it once, and the vendor ships it once", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const cartId = await prepareCart(api, store, shop.region.id, [line("chair", 2), line("lamp")])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")

      const chairItem = shop.inventoryItems["chair"]
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: chairItem })
      expect(Number(level.stocked_quantity)).toBe(2)
      expect(Number(level.reserved_quantity)).toBe(2)

      const [group] = await groupOf(cartId)
      const orders = await vendorOrders(group.orders.map((o: Row) => o.id))
      const south = orders.find((o) => o.vendor.handle === "south")!
      const reservations = await inventory.listReservationItems({ inventory_item_id: chairItem })
      expect(reservations).toHaveLength(1)
      expect(reservations[0].line_item_id).toBe(south.items[0].id)

      // What the /vendor/orders routes will do: Medusa's fulfillment and shipment workflows on the vendor order.
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
        input: { order_id: south.id, items: south.items.map((i: Row) => ({ id: i.id, quantity: i.quantity })) },
      })
      await createOrderShipmentWorkflow(container).run({
        input: { order_id: south.id, fulfillment_id: fulfillment.id, items: south.items.map((i: Row) => ({ id: i.id, quantity: i.quantity })) },
      })
      const [after] = await inventory.listInventoryLevels({ inventory_item_id: chairItem })
      expect(Number(after.stocked_quantity)).toBe(0)
      expect(Number(after.reserved_quantity)).toBe(0)
      expect(await inventory.listReservationItems({ inventory_item_id: chairItem })).toHaveLength(0)
    })

    it("refuses a cart holding a product no vendor owns: a 4xx naming the item, no order or reservation left", async () => {
      const container = getContainer()
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp"), line("rug")])
      // The rug's vendor no longer owns it (the link was dismissed after the cart was prepared).
      const { data: [variant] } = await query().graph({ entity: "product_variant", fields: ["product_id"], filters: { id: shop.variants["rug"] } })
      const east = shop.vendors.find((v: Row) => v.handle === "east")!
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ vendor: { vendor_id: east.id }, [Modules.PRODUCT]: { product_id: variant.product_id } })

      const res = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/belongs to no vendor/)
      expect(res.data.message).toMatch(/rug/i)

      const { data: orders } = await query().graph({ entity: "order", fields: ["id"] })
      expect(orders).toHaveLength(0)
      expect(await groupOf(cartId)).toHaveLength(0)
      for (const handle of ["lamp", "rug"]) {
        const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.inventoryItems[handle] })
        expect(Number(level.reserved_quantity)).toBe(0)
      }
    })

    it("leaves no vendor orders, group or customer order behind when the split fails part-way", async () => {
      const container = getContainer()
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp"), line("chair")])
      // A stale group for this cart: the vendor orders are created first, then the group insert hits the
      // unique cart index, and everything rolls back.
      const groups = container.resolve("order_group") as { createOrderGroups: (d: object) => Promise<unknown> }
      await groups.createOrderGroups({ cart_id: cartId, parent_order_id: "order_stale", currency_code: "eur", total: 0, vendor_count: 0 })

      const res = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e) => e.response)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)

      const { data: orders } = await query().graph({ entity: "order", fields: ["id", "metadata"] })
      expect(orders).toHaveLength(0)
      const { data: links } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(links).toHaveLength(0)
      const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.inventoryItems["chair"] })
      expect(Number(level.reserved_quantity)).toBe(0)
    })

    it("a one-vendor checkout whose ledger cannot be written leaves no order, group, link or commission behind", async () => {
      const container = getContainer()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string) => Promise<unknown> }
      const cartId = await prepareCart(api, store, shop.region.id, [line("lamp", 2)])
      // The last write of the one-vendor path fails (after the group, both links and the commission
      // lines were written): the database refuses the ledger entries.
      await pg.raw(`create or replace function vitrina_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'ledger refused by the test'; end $$`)
      await pg.raw(`create trigger vitrina_test_refuse_ledger before insert on ledger_entry for each row execute function vitrina_test_refuse()`)
      let res
      try {
        res = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e) => e.response)
      } finally {
        await pg.raw(`drop trigger if exists vitrina_test_refuse_ledger on ledger_entry`)
        await pg.raw(`drop function if exists vitrina_test_refuse()`)
      }
      expect(res.status).toBeGreaterThanOrEqual(400)

      const { data: orders } = await query().graph({ entity: "order", fields: ["id"] })
      expect(orders).toHaveLength(0)
      expect(await groupOf(cartId)).toHaveLength(0)
      const { data: vendorLinks } = await query().graph({ entity: vendorOrderLink.entryPoint, fields: ["order_id"] })
      expect(vendorLinks).toHaveLength(0)
      const { data: groupLinks } = await query().graph({ entity: orderGroupOrderLink.entryPoint, fields: ["order_id"] })
      expect(groupLinks).toHaveLength(0)
      const commission = container.resolve("commission") as { listCommissionLines: (f: object) => Promise<Row[]>; listLedgerEntries: (f: object) => Promise<Row[]> }
      expect(await commission.listCommissionLines({})).toHaveLength(0)
      expect(await commission.listLedgerEntries({})).toHaveLength(0)
      const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.inventoryItems["lamp"] })
      expect(Number(level.reserved_quantity)).toBe(0)

      // the same cart completes once the ledger accepts writes again
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      expect((await groupOf(cartId))[0]).toMatchObject({ parent_order_id: data.order.id, vendor_count: 1 })
    })
  },
})
