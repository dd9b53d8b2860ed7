import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  htmlLimitedBots: /.*/,
}

export default nextConfig
