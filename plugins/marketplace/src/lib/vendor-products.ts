import type { CreateProductWorkflowInputDTO, MedusaContainer, UpdateProductDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { VendorCreateProductType, VendorUpdateProductType } from "../api/vendor/products/validators"
import VendorProductLink from "../links/vendor-product"
import { sellerShippingProfileId } from "../workflows/vendor/steps/seller-shipping"
import type { VendorContext } from "./vendor-guard"

export const VENDOR_PRODUCT_FIELDS = [
  "id", "title", "subtitle", "handle", "description", "status", "thumbnail", "metadata", "created_at", "updated_at",
  "images.id", "images.url", "categories.id", "categories.name", "categories.handle",
  "options.id", "options.title", "options.values.id", "options.values.value",
  "variants.id", "variants.title", "variants.sku", "variants.manage_inventory",
  "variants.options.value", "variants.options.option.title", "variants.prices.amount", "variants.prices.currency_code",
]

/** Turns the vendor API's product body into Medusa's product input for this vendor's kind. */
export async function toProductInput(
  container: MedusaContainer,
  vendor: VendorContext["vendor"],
  body: VendorCreateProductType
): Promise<CreateProductWorkflowInputDTO> {
  const { video_url, level, language, variants, images, thumbnail, ...rest } = body
  const isCourse = vendor.kind === "teacher"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  // A seller's goods ship on its own shipping profile (one shipping method per seller in a cart).
  const shippingProfileId = isCourse ? undefined : await sellerShippingProfileId(container, vendor.id)
  return {
    ...rest,
    status: (body.status ?? "draft") as ProductStatus,
    thumbnail: thumbnail ?? images?.[0]?.url ?? null,
    images,
    shipping_profile_id: shippingProfileId,
    metadata: isCourse
      ? { kind: "course", ...(level ? { level } : {}), ...(language ? { language } : {}) }
      : { kind: "physical", ...(video_url ? { video_url } : {}) },
    variants: variants.map(({ inventory_quantity, ...v }) => ({
      ...v,
      // A course is delivered online: no stock, no shipping. A seller's stock is tracked when given.
      manage_inventory: !isCourse && inventory_quantity !== undefined,
    })),
    sales_channels: store?.default_sales_channel_id ? [{ id: store.default_sales_channel_id }] : [],
  }
}

/** Stock per variant for createVendorProductsWorkflow (null = not tracked; courses never). */
export function stockOf(vendor: VendorContext["vendor"], body: VendorCreateProductType): (number | null)[] {
  return body.variants.map((v) => (vendor.kind === "teacher" ? null : (v.inventory_quantity ?? null)))
}

/** The update for Medusa's product workflow; video and course facts live in metadata. */
export async function toProductUpdate(
  container: MedusaContainer,
  productId: string,
  body: VendorUpdateProductType
): Promise<UpdateProductDTO> {
  const { video_url, level, language, ...rest } = body
  const update: UpdateProductDTO = { ...rest, status: rest.status as ProductStatus | undefined }
  if (video_url !== undefined || level || language) {
    const product = await container.resolve(Modules.PRODUCT).retrieveProduct(productId, { select: ["metadata"] })
    update.metadata = {
      ...(product.metadata ?? {}),
      ...(video_url !== undefined ? { video_url } : {}),
      ...(level ? { level } : {}),
      ...(language ? { language } : {}),
    }
  }
  return update
}

/** The vendor's products (any status), newest first, with a count. */
export async function listVendorProducts(
  container: MedusaContainer,
  vendorId: string,
  { status, q, limit, offset }: { status?: string; q?: string; limit: number; offset: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product_id"],
    filters: { vendor_id: vendorId },
  })
  const ids = links.map((l: { product_id: string }) => l.product_id)
  if (!ids.length) {
    return { products: [], count: 0 }
  }
  const filters: Record<string, unknown> = { id: ids }
  if (status) filters.status = status
  if (q) filters.q = q
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  return { products, count: metadata?.count ?? products.length }
}

export async function retrieveVendorProduct(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: productId } })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return product
}
