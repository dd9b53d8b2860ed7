import type { Product } from "../../types/vitrina"
import { absoluteBackendUrl } from "../config"

/** Makes backend-relative media URLs (`/static/...`) absolute. */
export function withAbsoluteMedia(product: Product): Product {
  const videoUrl = product.metadata?.video_url
  return {
    ...product,
    thumbnail: absoluteBackendUrl(product.thumbnail),
    images: (product.images ?? []).map((image) => ({ ...image, url: absoluteBackendUrl(image.url) ?? image.url })),
    metadata:
      typeof videoUrl === "string" && product.metadata
        ? { ...product.metadata, video_url: absoluteBackendUrl(videoUrl) }
        : product.metadata,
  }
}

type WithItems = { items?: { thumbnail?: string | null }[] | null }

/** Same for line-item thumbnails of carts and orders. */
export function withAbsoluteItemThumbnails<T extends WithItems>(record: T): T {
  return {
    ...record,
    items: record.items?.map((item) => ({ ...item, thumbnail: absoluteBackendUrl(item.thumbnail) })) ?? record.items,
  }
}
