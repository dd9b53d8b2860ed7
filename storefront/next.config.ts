import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  htmlLimitedBots: /.*/,
  experimental: {
    // Vendor portal: product images (up to 5 MB each) are uploaded one per server action.
    serverActions: { bodySizeLimit: "6mb" },
  },
}

export default nextConfig
