import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { CreateVendorInput } from "../types"

export const createVendorsStepId = "create-vendors"

/** Creates vendors and their initial members; compensation deletes them again (members cascade). */
export const createVendorsStep = createStep(
  createVendorsStepId,
  async (input: CreateVendorInput[], { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const vendors = await service.createVendors(input.map(({ members: _members, ...vendor }) => vendor))
    const members = input.flatMap((v, i) =>
      (v.members ?? []).map((m) => ({ ...m, vendor_id: vendors[i].id }))
    )
    const created = members.length ? await service.createVendorMembers(members) : []
    return new StepResponse(
      vendors.map((v) => ({ ...v, members: created.filter((m) => m.vendor_id === v.id) })),
      vendors.map((v) => v.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendors(ids)
  }
)
