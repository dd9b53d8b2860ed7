import type { MetadataRoute } from "next"
import { getStorefrontUrl } from "../lib/config"

export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/cart", "/*/checkout", "/*/account", "/*/order/"] }],
    host: getStorefrontUrl(),
  }
}
