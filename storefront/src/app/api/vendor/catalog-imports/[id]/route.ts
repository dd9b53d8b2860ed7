import { type NextRequest } from "next/server"
import { jsonError, relayJson, SIGNED_OUT, UNREACHABLE, vendorFetch } from "../../../../../lib/data/vendor-proxy"

/** The state of one of the vendor's imports (`GET /vendor/catalog-imports/:id`), polled by the portal's progress bar. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^cimp_[0-9A-Za-z]{1,60}$/.test(id)) {
    return jsonError("Import not found.", 404)
  }
  try {
    const upstream = await vendorFetch(`/vendor/catalog-imports/${id}`)
    return upstream ? await relayJson(upstream) : jsonError(SIGNED_OUT, 401)
  } catch {
    return jsonError(UNREACHABLE, 502)
  }
}
