import { type NextRequest, NextResponse } from "next/server"
import { UNREACHABLE, vendorFetch } from "../../../../../lib/data/vendor-proxy"
import { isImportFormat } from "../../../../../lib/util/catalog-import"

const TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

/**
 * The import template (`GET /vendor/catalog-imports/template?format=csv|xlsx|json`, fetched with
 * the vendor's token: a teacher gets course rows) as a download.
 */
export async function GET(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") ?? "csv"
  if (!isImportFormat(format)) {
    return new NextResponse("Unknown template format.", { status: 400 })
  }
  let upstream: Response | null
  try {
    upstream = await vendorFetch(`/vendor/catalog-imports/template?format=${format}`)
  } catch {
    return new NextResponse(UNREACHABLE, { status: 502 })
  }
  if (!upstream) {
    const login = new URL("/vendor/login", request.nextUrl)
    return NextResponse.redirect(login, 303)
  }
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 401 || upstream.status === 403 ? upstream.status : 502
    return new NextResponse(status === 502 ? "The template could not be loaded." : "Please sign in again to continue.", { status })
  }
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="vitrina-catalog-template.${format}"`,
      "cache-control": "private, no-store",
    },
  })
}
