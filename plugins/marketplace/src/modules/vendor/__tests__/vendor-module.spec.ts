import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { VENDOR_MODULE } from ".."
import MarketplaceSetting from "../models/marketplace-setting"
import Vendor from "../models/vendor"
import VendorInvite from "../models/vendor-invite"
import VendorMember from "../models/vendor-member"
import VendorModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<VendorModuleService>({
  moduleName: VENDOR_MODULE,
  moduleModels: [Vendor, VendorMember, VendorInvite, MarketplaceSetting],
  resolve: "./src/modules/vendor",
  cwd: `${__dirname}/../../../..`,
  testSuite: ({ service }) => {
    describe("vendor module", () => {
      it("creates a vendor with prefixed id and pending status by default", async () => {
        const vendor = await service.createVendors({ handle: "acme", name: "Acme", kind: "seller" })
        expect(vendor.id).toMatch(/^ven_/)
        expect(vendor.status).toBe("pending")
        expect(vendor.verified).toBe(false)
      })

      it("refuses a second vendor with the same handle", async () => {
        await service.createVendors({ handle: "acme", name: "Acme", kind: "seller" })
        await expect(service.createVendors({ handle: "acme", name: "Other", kind: "teacher" })).rejects.toThrow(
          /handle/i
        )
        expect(await service.listVendors({ handle: "acme" })).toHaveLength(1)
      })

      it("rejects a kind that is neither seller nor teacher", async () => {
        await expect(
          service.createVendors({ handle: "x", name: "X", kind: "wholesaler" as unknown as "seller" })
        ).rejects.toThrow()
        expect(await service.listVendors({})).toHaveLength(0)
      })

      it("keeps members per vendor and deletes them with their vendor", async () => {
        const [a, b] = await service.createVendors([
          { handle: "a", name: "A", kind: "seller" },
          { handle: "b", name: "B", kind: "teacher" },
        ])
        await service.createVendorMembers([
          { vendor_id: a.id, email: "owner@a.test", role: "owner" },
          { vendor_id: b.id, email: "owner@a.test", role: "owner" },
        ])
        await expect(
          service.createVendorMembers({ vendor_id: a.id, email: "owner@a.test", role: "staff" })
        ).rejects.toThrow()

        const withMembers = await service.retrieveVendor(a.id, { relations: ["members"] })
        expect(withMembers.members.map((m) => m.email)).toEqual(["owner@a.test"])

        await service.deleteVendors(a.id)
        expect(await service.listVendorMembers({ vendor_id: a.id })).toHaveLength(0)
        expect(await service.listVendorMembers({ vendor_id: b.id })).toHaveLength(1)
      })

      it("keeps one settings row, created with auto-approval off", async () => {
        const first = await service.getSettings()
        expect(first.auto_approve_vendors).toBe(false)
        await service.updateMarketplaceSettings({ id: first.id, auto_approve_vendors: true })
        const second = await service.getSettings()
        expect(second).toMatchObject({ id: first.id, auto_approve_vendors: true })
        expect(await service.listMarketplaceSettings({})).toHaveLength(1)
      })

      it("finds vendors by name with q", async () => {
        await service.createVendors([
          { handle: "nordlicht", name: "Nordlicht Home", kind: "seller" },
          { handle: "volt", name: "Volt & Byte", kind: "seller" },
        ])
        const found = await service.listVendors({ q: "nordl" })
        expect(found.map((v) => v.handle)).toEqual(["nordlicht"])
        expect((await service.listVendors({ q: "volt" })).map((v) => v.handle)).toEqual(["volt"]) // by handle
      })
    })
  },
})
