import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import VendorProductLink from "../../../links/vendor-product"
import type { VendorStatus } from "../types"

/** Which status an operator may move a vendor to from each status. */
export const VENDOR_STATUS_TRANSITIONS: Record<VendorStatus, VendorStatus[]> = {
  pending: ["active", "rejected"],
  active: ["suspended"],
  suspended: ["active"],
  rejected: ["active"],
}

/** Marker on a product that was unpublished because its vendor was suspended. */
export const HIDDEN_BY = "vitrina_hidden_by"

export type StatusChangePlan = {
  from: VendorStatus
  products: { id: string; status: ProductStatus; metadata: Record<string, unknown> }[]
}

/**
 * Validates the transition and plans the listing changes: suspension unpublishes the vendor's
 * published products (marking them), reactivation republishes exactly the marked ones.
 */
export const planVendorStatusChangeStep = createStep(
  "plan-vendor-status-change",
  async (input: { id: string; status: VendorStatus }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [vendor] } = await query.graph({ entity: "vendor", fields: ["id", "status"], filters: { id: input.id } })
    if (!vendor) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with id: ${input.id} was not found`)
    }
    const from = vendor.status as VendorStatus
    if (!VENDOR_STATUS_TRANSITIONS[from].includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A ${from} vendor cannot become ${input.status} (allowed: ${VENDOR_STATUS_TRANSITIONS[from].join(", ")})`
      )
    }

    const { data: links } = await query.graph({
      entity: VendorProductLink.entryPoint,
      fields: ["product.id", "product.status", "product.metadata"],
      filters: { vendor_id: input.id },
    })
    const products = links
      .map((l: { product?: { id: string; status: ProductStatus; metadata: Record<string, unknown> | null } }) => l.product)
      .filter((p): p is { id: string; status: ProductStatus; metadata: Record<string, unknown> | null } => !!p)

    let planned: StatusChangePlan["products"] = []
    if (input.status === "suspended") {
      planned = products
        .filter((p) => p.status === ProductStatus.PUBLISHED)
        .map((p) => ({ id: p.id, status: ProductStatus.DRAFT, metadata: { ...(p.metadata ?? {}), [HIDDEN_BY]: "suspension" } }))
    } else if (from === "suspended" && input.status === "active") {
      planned = products
        .filter((p) => p.metadata?.[HIDDEN_BY] === "suspension")
        .map((p) => ({ id: p.id, status: ProductStatus.PUBLISHED, metadata: { ...(p.metadata ?? {}), [HIDDEN_BY]: null } }))
    }
    return new StepResponse<StatusChangePlan>({ from, products: planned })
  }
)
