import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { HANDLE_PATTERN, PUBLIC_VENDOR_FIELDS } from "./vendor-fields"

/** Resolves an active vendor by handle or throws NOT_FOUND (also for malformed handles). */
export async function retrieveActiveVendorByHandle(
  container: MedusaContainer,
  handle: string,
  extraFields: string[] = []
) {
  if (typeof handle !== "string" || handle.length > 100 || !HANDLE_PATTERN.test(handle)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with handle: ${String(handle).slice(0, 100)} was not found`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor",
    fields: [...PUBLIC_VENDOR_FIELDS, ...extraFields],
    filters: { handle, status: "active" },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with handle: ${handle} was not found`)
  }
  return data[0]
}
