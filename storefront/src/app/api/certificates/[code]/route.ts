import { type NextRequest, NextResponse } from "next/server"
import { getBackendUrl } from "../../../../lib/config"
import { getAuthHeaders } from "../../../../lib/data/cookies"
import { forwardHeaders } from "../../../../lib/data/proxy-request"

/**
 * The student's certificate PDF: fetched from `GET /store/customers/me/certificates/:code/pdf`
 * with the customer's token (httpOnly cookie) and streamed back as a download.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const auth = await getAuthHeaders()
  if (!auth.authorization) {
    const login = new URL("/account/login", request.nextUrl)
    login.searchParams.set("next", `/api/certificates/${encodeURIComponent(code)}`)
    return NextResponse.redirect(login, 303)
  }
  let upstream: Response
  try {
    upstream = await fetch(`${getBackendUrl()}/store/customers/me/certificates/${encodeURIComponent(code)}/pdf`, {
      headers: forwardHeaders(auth),
      cache: "no-store",
    })
  } catch {
    return new NextResponse("The store is temporarily unreachable.", { status: 502 })
  }
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 401 || upstream.status === 403 || upstream.status === 404 ? upstream.status : 502
    return new NextResponse(status === 502 ? "The certificate could not be loaded." : "Certificate not found.", { status })
  }
  const safeCode = code.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64) || "certificate"
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="certificate-${safeCode}.pdf"`,
      "cache-control": "private, no-store",
      ...(upstream.headers.get("content-length") ? { "content-length": upstream.headers.get("content-length") as string } : {}),
    },
  })
}
