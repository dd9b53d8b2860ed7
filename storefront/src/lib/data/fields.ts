/** `fields` of product queries: prices for the region, stock and metadata (kind, video, course facts). */
export const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+metadata"
