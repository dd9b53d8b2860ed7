import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, bearer, createStoreInfrastructure, productBody, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"

jest.setTimeout(240_000)

const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
    })

    describe("sign-up", () => {
      it("creates a pending vendor with the caller as owner, and a login as that member", async () => {
        const { token, vendorId, memberId } = await signUpVendor(api, { email: "lena@shop.test", handle: "lenas-shop" })
        expect(claims(token)).toMatchObject({ actor_type: "vendor", actor_id: memberId })
        const { data } = await api.get("/vendor/me", bearer(token))
        expect(data.vendor).toMatchObject({ id: vendorId, handle: "lenas-shop", status: "pending", kind: "seller", email: "lena@shop.test" })
        expect(data.member).toMatchObject({ id: memberId, role: "owner", email: "lena@shop.test" })
      })

      it("refuses a second registration with the same account, and a taken handle", async () => {
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "a@shop.test", password: "pass-word-1" })
        await api.post("/vendor/register", { name: "A", handle: "a-shop", kind: "seller" }, bearer(reg.token))
        const again = await refused(api.post("/vendor/register", { name: "A2", handle: "a-shop-2", kind: "seller" }, bearer(reg.token)))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already belongs to a vendor/)

        const { data: other } = await api.post("/auth/vendor/emailpass/register", { email: "b@shop.test", password: "pass-word-1" })
        const taken = await refused(api.post("/vendor/register", { name: "B", handle: "a-shop", kind: "seller" }, bearer(other.token)))
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/already taken: a-shop/)
        // nothing half-written: the identity of B is still not a vendor and can register with another handle
        const ok = await api.post("/vendor/register", { name: "B", handle: "b-shop", kind: "teacher" }, bearer(other.token))
        expect(ok.status).toBe(201)
      })

      it("lets an existing customer become a vendor with the same email and password", async () => {
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "both@shop.test", password: "pass-word-1" })
        // The same email with another password is refused; with the right one the identity is reused.
        const wrong = await refused(api.post("/auth/vendor/emailpass/register", { email: "both@shop.test", password: "guess-guess" }))
        expect(wrong.status).toBe(401)
        const { data: login } = await api.post("/auth/vendor/emailpass", { email: "both@shop.test", password: "pass-word-1" })
        expect(claims(login.token)).toMatchObject({ actor_type: "vendor", actor_id: "", auth_identity_id: claims(customer.token).auth_identity_id })
        const { status } = await api.post("/vendor/register", { name: "Both", handle: "both", kind: "teacher" }, bearer(login.token))
        expect(status).toBe(201)
      })

      it.each([
        ["a missing name", { handle: "x-shop", kind: "seller" }, /name/],
        ["a bad handle", { name: "X", handle: "X Shop!", kind: "seller" }, /handle/],
        ["an unknown kind", { name: "X", handle: "x-shop", kind: "wholesaler" }, /kind/],
        ["a NUL byte", { name: "X\u0000", handle: "x-shop", kind: "seller" }, /control characters/],
        ["an unknown field", { name: "X", handle: "x-shop", kind: "seller", status: "active" }, /Unrecognized fields: 'status'/],
      ])("answers 400 to %s", async (_label, body, message) => {
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "x@shop.test", password: "pass-word-1" })
        const res = await refused(api.post("/vendor/register", body, bearer(reg.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await getContainer().resolve<{ listVendors: (f: object) => Promise<unknown[]> }>("vendor").listVendors({})).toHaveLength(0)
      })

      it("answers 401 without a vendor token, and to customer and operator tokens", async () => {
        expect((await refused(api.get("/vendor/me"))).status).toBe(401)
        expect((await refused(api.post("/vendor/register", { name: "X", handle: "x", kind: "seller" }))).status).toBe(401)
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "c@shop.test", password: "pass-word-1" })
        expect((await refused(api.get("/vendor/me", bearer(customer.token)))).status).toBe(401)
        expect((await refused(api.get("/vendor/me", admin))).status).toBe(401)
      })

      it("makes new vendors active at once when the operator turns on auto-approval", async () => {
        const { data } = await api.post("/admin/marketplace/settings", { auto_approve_vendors: true }, admin)
        expect(data.settings).toEqual({ auto_approve_vendors: true })
        const { token } = await signUpVendor(api, { email: "fast@shop.test", handle: "fast-shop" })
        expect((await api.get("/vendor/me", bearer(token))).data.vendor.status).toBe("active")
        expect((await refused(api.post("/admin/marketplace/settings", { auto_approve_vendors: "yes" }, admin))).status).toBe(400)
      })
    })

    describe("operator decisions", () => {
      it("keeps a pending vendor to its profile until approved", async () => {
        const { token, vendorId } = await signUpVendor(api, { email: "p@shop.test", handle: "pending-shop" })
        const write = await refused(api.post("/vendor/products", productBody("Too early"), bearer(token)))
        expect(write.status).toBe(403)
        expect(write.data.message).toMatch(/pending/)
        const profile = await api.post("/vendor/me", { description: "We make lamps." }, bearer(token))
        expect(profile.data.vendor.description).toBe("We make lamps.")

        await api.post(`/admin/vendors/${vendorId}/status`, { status: "active" }, admin)
        const created = await api.post("/vendor/products", productBody("Now"), bearer(token))
        expect(created.status).toBe(201)
      })

      it("requires a reason to reject or suspend, and refuses impossible transitions", async () => {
        const { vendorId } = await signUpVendor(api, { email: "r@shop.test", handle: "r-shop" })
        const noReason = await refused(api.post(`/admin/vendors/${vendorId}/status`, { status: "rejected" }, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const impossible = await refused(api.post(`/admin/vendors/${vendorId}/status`, { status: "suspended", reason: "x" }, admin))
        expect(impossible.status).toBe(400)
        expect(impossible.data.message).toMatch(/pending vendor cannot become suspended/)
        const { data } = await api.post(`/admin/vendors/${vendorId}/status`, { status: "rejected", reason: "Incomplete documents" }, admin)
        expect(data.vendor).toMatchObject({ status: "rejected", status_reason: "Incomplete documents" })
        expect((await refused(api.post("/admin/vendors/ven_nope/status", { status: "active" }, admin))).status).toBe(404)
        expect((await refused(api.post(`/admin/vendors/${vendorId}/status`, { status: "active" }))).status).toBe(401)
      })

      it("takes a suspended vendor's listings out of the store, blocks its writes, and brings them back on reactivation", async () => {
        const container = getContainer()
        const store = await storeHeaders(container)
        const { token, vendorId } = await signUpVendor(api, { email: "s@shop.test", handle: "s-shop", approveWith: admin })
        const { data: live } = await api.post("/vendor/products", productBody("Live lamp", { status: "published", handle: "live-lamp" }), bearer(token))
        const { data: draft } = await api.post("/vendor/products", productBody("Draft lamp", { handle: "draft-lamp" }), bearer(token))
        const inStore = async () => (await api.get("/store/products?handle=live-lamp", store)).data.products.length
        expect(await inStore()).toBe(1)

        await api.post(`/admin/vendors/${vendorId}/status`, { status: "suspended", reason: "Chargebacks" }, admin)
        expect(await inStore()).toBe(0)
        expect((await refused(api.get("/store/vendors/s-shop", store))).status).toBe(404)
        const write = await refused(api.post(`/vendor/products/${live.product.id}`, { title: "x" }, bearer(token)))
        expect(write.status).toBe(403)
        const me = await api.get("/vendor/me", bearer(token))
        expect(me.data.vendor).toMatchObject({ status: "suspended", status_reason: "Chargebacks" })

        await api.post(`/admin/vendors/${vendorId}/status`, { status: "active" }, admin)
        expect(await inStore()).toBe(1)
        const product = container.resolve(Modules.PRODUCT)
        expect((await product.retrieveProduct(draft.product.id)).status).toBe("draft") // drafts stay drafts
      })
    })

    describe("team", () => {
      /** The invitation email as Medusa's notification module recorded it (sent by a subscriber). */
      const invitationTo = async (email: string) => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (let i = 0; i < 50; i++) {
          const [n] = await notifications.listNotifications({ to: email, template: "vendor-invite" })
          if (n) return n
          await new Promise((r) => setTimeout(r, 100))
        }
        throw new Error(`no invitation was sent to ${email}`)
      }

      it("invites a colleague by email, who joins as staff with limited rights", async () => {
        const owner = await signUpVendor(api, { email: "owner@team.test", handle: "team-shop", approveWith: admin })
        const { status, data } = await api.post("/vendor/invites", { email: "Colleague@Team.test", role: "staff" }, bearer(owner.token))
        expect(status).toBe(201)
        expect(data.invite).toMatchObject({ email: "colleague@team.test", role: "staff", accepted_at: null })
        expect(data.invite.token_hash).toBeUndefined()

        const sent = await invitationTo("colleague@team.test")
        expect(sent.channel).toBe("email")
        expect(sent.data).toMatchObject({ vendor_name: "team shop", role: "staff" })
        const token = (sent.data as { token: string }).token

        const again = await refused(api.post("/vendor/invites", { email: "colleague@team.test" }, bearer(owner.token)))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/open invitation/)

        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "colleague@team.test", password: "pass-word-2" })
        const joined = await api.post("/vendor/invites/accept", { token, name: "Col League" }, bearer(reg.token))
        expect(joined.status).toBe(201)
        const { data: login } = await api.post("/auth/vendor/emailpass", { email: "colleague@team.test", password: "pass-word-2" })
        const me = await api.get("/vendor/me", bearer(login.token))
        expect(me.data).toMatchObject({ vendor: { id: owner.vendorId }, member: { role: "staff" } })

        // staff sell, but do not run the team or the profile
        expect((await api.post("/vendor/products", productBody("By staff"), bearer(login.token))).status).toBe(201)
        expect((await refused(api.post("/vendor/me", { name: "Renamed" }, bearer(login.token)))).status).toBe(403)
        expect((await refused(api.post("/vendor/invites", { email: "x@team.test" }, bearer(login.token)))).status).toBe(403)

        // the token is spent
        const { data: other } = await api.post("/auth/vendor/emailpass/register", { email: "other@team.test", password: "pass-word-2" })
        expect((await refused(api.post("/vendor/invites/accept", { token }, bearer(other.token)))).status).toBe(404)
      })

      it("revokes an open invitation, whose token then stops working", async () => {
        const owner = await signUpVendor(api, { email: "owner4@team.test", handle: "team-four", approveWith: admin })
        const { data } = await api.post("/vendor/invites", { email: "later@team.test", role: "admin" }, bearer(owner.token))
        const token = ((await invitationTo("later@team.test")).data as { token: string }).token
        const listed = await api.get("/vendor/invites", bearer(owner.token))
        expect(listed.data.invites.map((i: { id: string }) => i.id)).toEqual([data.invite.id])

        const revoked = await api.delete(`/vendor/invites/${data.invite.id}`, bearer(owner.token))
        expect(revoked.data).toEqual({ id: data.invite.id, object: "vendor_invite", deleted: true })
        expect((await api.get("/vendor/invites", bearer(owner.token))).data.invites).toEqual([])
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "later@team.test", password: "pass-word-2" })
        expect((await refused(api.post("/vendor/invites/accept", { token }, bearer(reg.token)))).status).toBe(404)
      })

      it("refuses an invitation accepted by another email, and unknown tokens", async () => {
        const owner = await signUpVendor(api, { email: "owner2@team.test", handle: "team-two", approveWith: admin })
        await api.post("/vendor/invites", { email: "right@team.test" }, bearer(owner.token))
        const token = ((await invitationTo("right@team.test")).data as { token: string }).token
        const { data: wrong } = await api.post("/auth/vendor/emailpass/register", { email: "wrong@team.test", password: "pass-word-2" })
        const res = await refused(api.post("/vendor/invites/accept", { token }, bearer(wrong.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/another email/)
        expect((await refused(api.post("/vendor/invites/accept", { token: "a".repeat(32) }, bearer(wrong.token)))).status).toBe(404)
        expect((await refused(api.post("/vendor/invites/accept", { token: "bad token!" }, bearer(wrong.token)))).status).toBe(400)
      })

      it("changes roles and removes members, never the owner; a removed member's token stops working", async () => {
        const owner = await signUpVendor(api, { email: "owner3@team.test", handle: "team-three", approveWith: admin })
        await api.post("/vendor/invites", { email: "m@team.test" }, bearer(owner.token))
        const token = ((await invitationTo("m@team.test")).data as { token: string }).token
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "m@team.test", password: "pass-word-2" })
        const { data: joined } = await api.post("/vendor/invites/accept", { token }, bearer(reg.token))
        const { data: login } = await api.post("/auth/vendor/emailpass", { email: "m@team.test", password: "pass-word-2" })

        const promoted = await api.post(`/vendor/members/${joined.member.id}`, { role: "admin" }, bearer(owner.token))
        expect(promoted.data.member.role).toBe("admin")
        const ownerChange = await refused(api.post(`/vendor/members/${owner.memberId}`, { role: "staff" }, bearer(login.token)))
        expect(ownerChange.status).toBe(400)
        expect(ownerChange.data.message).toMatch(/owner cannot be changed/)
        expect((await refused(api.post(`/vendor/members/${joined.member.id}`, { role: "owner" }, bearer(owner.token)))).status).toBe(400)

        const list = await api.get("/vendor/members", bearer(owner.token))
        expect(list.data.members.map((m: { role: string }) => m.role).sort()).toEqual(["admin", "owner"])
        await api.delete(`/vendor/members/${joined.member.id}`, bearer(owner.token))
        expect((await refused(api.get("/vendor/me", bearer(login.token)))).status).toBe(401)
        expect((await refused(api.delete(`/vendor/invites/accept`, bearer(owner.token)))).status).toBe(404)
      })
    })

    describe("products", () => {
      let seller: { token: string; vendorId: string }
      let teacher: { token: string; vendorId: string }

      beforeEach(async () => {
        seller = await signUpVendor(api, { email: "seller@shop.test", handle: "seller-shop", approveWith: admin })
        teacher = await signUpVendor(api, { email: "teacher@shop.test", handle: "teacher-school", kind: "teacher", approveWith: admin })
      })

      it("creates a seller's product with variants, prices and tracked stock, linked to the vendor", async () => {
        const { locationId } = await createStoreInfrastructure(getContainer())
        const body = productBody("Oak lamp", { images: [{ url: "https://cdn.example/lamp.png" }], video_url: "https://cdn.example/lamp.webm" })
        body.variants = body.variants.map((v, i) => ({ ...v, inventory_quantity: 7 + i }))
        const { status, data } = await api.post("/vendor/products", body, bearer(seller.token))
        expect(status).toBe(201)
        expect(data.product).toMatchObject({ title: "Oak lamp", status: "draft", thumbnail: "https://cdn.example/lamp.png" })
        expect(data.product.metadata).toEqual({ kind: "physical", video_url: "https://cdn.example/lamp.webm" })
        expect(data.product.variants).toHaveLength(2)
        expect(data.product.variants.every((v: { manage_inventory: boolean }) => v.manage_inventory)).toBe(true)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["title", "inventory_items.inventory.location_levels.location_id", "inventory_items.inventory.location_levels.stocked_quantity"],
          filters: { product_id: data.product.id },
        })
        const stock = Object.fromEntries(
          variants.map((v) => [v.title, v.inventory_items?.[0]?.inventory?.location_levels?.map((l) => [l?.location_id, Number(l?.stocked_quantity)])])
        )
        expect(stock).toEqual({ M: [[locationId, 7]], L: [[locationId, 8]] })
        const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: seller.vendorId } })
        expect((vendor.products ?? []).map((p) => p?.id)).toEqual([data.product.id])
      })

      it("creates a teacher's course as a product without stock or shipping", async () => {
        const { data } = await api.post(
          "/vendor/products",
          {
            title: "TypeScript basics",
            level: "beginner",
            language: "en",
            options: [{ title: "Access", values: ["Lifetime"] }],
            variants: [{ title: "Lifetime", options: { Access: "Lifetime" }, prices: [{ currency_code: "eur", amount: 49 }] }],
          },
          bearer(teacher.token)
        )
        expect(data.product.metadata).toEqual({ kind: "course", level: "beginner", language: "en" })
        expect(data.product.variants[0].manage_inventory).toBe(false)
      })

      it("lists, edits and deletes only through the vendor's own products", async () => {
        const { data: created } = await api.post("/vendor/products", productBody("Mug"), bearer(seller.token))
        const id = created.product.id
        const { data: updated } = await api.post(`/vendor/products/${id}`, { title: "Big mug", status: "published" }, bearer(seller.token))
        expect(updated.product).toMatchObject({ title: "Big mug", status: "published" })
        const list = await api.get("/vendor/products?status=published", bearer(seller.token))
        expect(list.data).toMatchObject({ count: 1, products: [{ id }] })
        expect((await api.get("/vendor/products", bearer(teacher.token))).data.count).toBe(0)

        const { data: deleted } = await api.delete(`/vendor/products/${id}`, bearer(seller.token))
        expect(deleted).toEqual({ id, object: "product", deleted: true })
        expect((await api.get("/vendor/products", bearer(seller.token))).data.count).toBe(0)
        expect((await refused(api.get(`/vendor/products/${id}`, bearer(seller.token)))).status).toBe(404)
      })

      it("edits, adds and deletes variants and their prices, keeping at least one", async () => {
        const { data: created } = await api.post("/vendor/products", productBody("Scarf"), bearer(seller.token))
        const id = created.product.id
        const [m, l] = created.product.variants.sort((x: { title: string }, y: { title: string }) => (x.title === "M" ? -1 : y.title === "M" ? 1 : 0))
        const { data: edited } = await api.post(
          `/vendor/products/${id}/variants/${m.id}`,
          { title: "Medium", prices: [{ currency_code: "eur", amount: 24.5 }, { currency_code: "usd", amount: 27 }] },
          bearer(seller.token)
        )
        const medium = edited.product.variants.find((v: { id: string }) => v.id === m.id)
        expect(medium.title).toBe("Medium")
        expect(medium.prices.map((p: { currency_code: string; amount: number }) => [p.currency_code, Number(p.amount)]).sort()).toEqual([["eur", 24.5], ["usd", 27]])

        await api.delete(`/vendor/products/${id}/variants/${l.id}`, bearer(seller.token))
        const { status, data: added } = await api.post(
          `/vendor/products/${id}/variants`,
          { title: "Large", options: { Size: "L" }, sku: "SCARF-L-NEW", prices: [{ currency_code: "eur", amount: 29 }] },
          bearer(seller.token)
        )
        expect(status).toBe(201)
        const titles = added.product.variants.map((v: { title: string }) => v.title).sort()
        expect(titles).toEqual(["Large", "Medium"])
        const large = added.product.variants.find((v: { title: string }) => v.title === "Large")
        await api.delete(`/vendor/products/${id}/variants/${large.id}`, bearer(seller.token))
        const last = await refused(api.delete(`/vendor/products/${id}/variants/${m.id}`, bearer(seller.token)))
        expect(last.status).toBe(400)
        expect(last.data.message).toMatch(/at least one variant/)
        const badPrice = await refused(api.post(`/vendor/products/${id}/variants/${m.id}`, { prices: [{ currency_code: "eur", amount: -3 }] }, bearer(seller.token)))
        expect(badPrice.status).toBe(400)
      })

      it("refuses an unknown category and writes nothing", async () => {
        const res = await refused(api.post("/vendor/products", productBody("Lamp", { category_ids: ["pcat_01NOPE"] }), bearer(seller.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Unknown category: pcat_01NOPE/)
        expect(await getContainer().resolve(Modules.PRODUCT).listProducts({ title: "Lamp" })).toHaveLength(0)
      })

      it("uploads product images checked by content and serves them", async () => {
        const png = Buffer.from(
          "89504e470d0a1a0a0000000d49484452000000010000000108020000009077" + "53de0000000c4944415408d763f8ffff3f0005fe02fea7d6a0b80000000049454e44ae426082",
          "hex"
        )
        const form = new FormData()
        form.append("files", new Blob([png], { type: "text/plain" }), "My Lamp (1).PNG")
        const { status, data } = await api.post("/vendor/uploads", form, bearer(seller.token))
        expect(status).toBe(201)
        expect(data.files).toHaveLength(1)
        expect(data.files[0].url).toMatch(/seller-shop-my-lamp-1\.png$/)
        const served = await api.get(new URL(data.files[0].url).pathname, { responseType: "arraybuffer" })
        expect(Buffer.from(served.data).equals(png)).toBe(true)
      })

      it.each([
        ["a text file named .png", () => [new Blob(["hello"]), "evil.png"] as const, /not a PNG, JPEG or WebP/],
        ["a file over 5 MB", () => [new Blob([Buffer.alloc(5 * 1024 * 1024 + 1, 0xff)]), "big.jpg"] as const, /at most 5 MB/],
      ])("refuses %s", async (_label, file, message) => {
        const form = new FormData()
        const [blob, name] = file()
        form.append("files", blob, name)
        const res = await refused(api.post("/vendor/uploads", form, bearer(seller.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })

      it("refuses an upload without files, too many files, and a pending vendor", async () => {
        const empty = await refused(api.post("/vendor/uploads", new FormData(), bearer(seller.token)))
        expect(empty.status).toBe(400)
        const many = new FormData()
        for (let i = 0; i < 6; i++) many.append("files", new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0])]), `${i}.jpg`)
        const tooMany = await refused(api.post("/vendor/uploads", many, bearer(seller.token)))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/At most 5 images/)
        const pending = await signUpVendor(api, { email: "wait@shop.test", handle: "waiting" })
        const form = new FormData()
        form.append("files", new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0])]), "a.jpg")
        expect((await refused(api.post("/vendor/uploads", form, bearer(pending.token)))).status).toBe(403)
      })

      it.each([
        ["no variants", { ...productBody("X"), variants: [] }, /variants/],
        ["a negative price", productBody("X", { variants: [{ title: "M", options: { Size: "M" }, prices: [{ currency_code: "eur", amount: -1 }] }] }), /amount/],
        ["a bad currency", productBody("X", { variants: [{ title: "M", options: { Size: "M" }, prices: [{ currency_code: "EURO", amount: 1 }] }] }), /currency/],
        ["an oversized title", productBody("x".repeat(201)), /title/],
        ["a javascript: image URL", productBody("X", { images: [{ url: "javascript:alert(1)" }] }), /url|URL/],
        ["an unknown field", productBody("X", { vendor_id: undefined, price: 3 }), /Unrecognized fields: 'price'/],
      ])("answers 400 to %s", async (_label, body, message) => {
        const res = await refused(api.post("/vendor/products", body, bearer(seller.token)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })
    })
  },
})
