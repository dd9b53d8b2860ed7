import type { MetadataRoute } from "next"
import { getStorefrontUrl } from "../lib/config"

export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        // `/*/vendor$` and `/*/vendor/`: the vendor portal, but not the public `/*/vendors/...` pages.
        disallow: ["/*/cart", "/*/checkout", "/*/account", "/*/order/", "/*/vendor$", "/*/vendor/"],
      },
    ],
    host: getStorefrontUrl(),
  }
}
