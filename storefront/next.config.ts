import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  htmlLimitedBots: /.*/,
  experimental: {
    // Vendor portal: product images (up to 5 MB each) and verification documents (up to 10 MB)
    // are uploaded one per server action.
    serverActions: { bodySizeLimit: "11mb" },
  },
}

export default nextConfig
