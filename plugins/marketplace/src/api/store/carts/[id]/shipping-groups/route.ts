import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import vendorShippingProfileLink from "../../../../../links/vendor-shipping-profile"

type Row = { id: string; name?: string; handle?: string }

/**
 * The shipping profiles a cart needs one shipping method for (one per seller), each with its vendor.
 * Medusa's GET /store/shipping-options lists the options of every profile at the address, also of
 * sellers whose goods are not in the cart; a storefront filters them to these groups.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "items.product_id", "items.requires_shipping"],
    filters: { id: req.params.id },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  const productIds = [
    ...new Set(
      (cart.items ?? [])
        .filter((i: { requires_shipping?: boolean; product_id?: string } | null) => i?.requires_shipping && i.product_id)
        .map((i: { product_id: string }) => i.product_id)
    ),
  ]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "shipping_profile.id"], filters: { id: productIds } })
    : { data: [] }
  const profileIds = [
    ...new Set(products.map((p: { shipping_profile?: { id: string } }) => p.shipping_profile?.id).filter(Boolean)),
  ] as string[]
  const { data: links } = profileIds.length
    ? await query.graph({
        entity: vendorShippingProfileLink.entryPoint,
        fields: ["shipping_profile_id", "vendor.id", "vendor.handle", "vendor.name"],
        filters: { shipping_profile_id: profileIds },
      })
    : { data: [] }
  const vendorOf = new Map(links.map((l: { shipping_profile_id: string; vendor: Row }) => [l.shipping_profile_id, l.vendor]))
  res.json({
    shipping_groups: profileIds.map((id) => {
      const vendor = vendorOf.get(id) as Row | undefined
      return { shipping_profile_id: id, vendor: vendor ? { id: vendor.id, handle: vendor.handle, name: vendor.name } : null }
    }),
  })
}
