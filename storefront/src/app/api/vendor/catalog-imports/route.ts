import { type NextRequest } from "next/server"
import { jsonError, relayJson, SIGNED_OUT, UNREACHABLE, vendorFetch } from "../../../../lib/data/vendor-proxy"

/**
 * Catalogue import upload of the vendor portal: the browser posts `multipart/form-data` (field
 * `file`) here and the body is streamed to `POST /vendor/catalog-imports` with the vendor member's
 * token, so large files never pass through a server action (whose body limit is a few MB). The
 * answer (201 validated import, or 400 with every row error) is passed through as it is.
 */
export async function POST(request: NextRequest) {
  const contentType = request.headers.get("content-type") ?? ""
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    return jsonError("Expected a multipart upload with a `file` field.", 400)
  }
  try {
    const upstream = await vendorFetch("/vendor/catalog-imports", {
      method: "POST",
      headers: { "content-type": contentType },
      body: request.body,
      // Required by Node's fetch to stream a request body.
      duplex: "half",
    })
    return upstream ? await relayJson(upstream) : jsonError(SIGNED_OUT, 401)
  } catch {
    return jsonError(UNREACHABLE, 502)
  }
}
