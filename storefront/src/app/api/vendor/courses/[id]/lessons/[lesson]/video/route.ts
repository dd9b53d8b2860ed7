import { type NextRequest, NextResponse } from "next/server"
import { getBackendUrl } from "../../../../../../../../lib/config"
import { getVendorAuthHeaders } from "../../../../../../../../lib/data/cookies"
import { forwardHeaders } from "../../../../../../../../lib/data/proxy-request"

/**
 * Lesson video upload of the vendor portal: the browser posts `multipart/form-data` (field `file`)
 * here and the request body is streamed to `POST /vendor/courses/:id/lessons/:lesson_id/video`
 * with the vendor member's token, so large videos never pass through a server action.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string; lesson: string }> }) {
  const { id, lesson } = await params
  const auth = await getVendorAuthHeaders()
  const contentType = request.headers.get("content-type") ?? ""
  if (!auth.authorization) {
    return NextResponse.json({ message: "Please sign in again to continue." }, { status: 401 })
  }
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    return NextResponse.json({ message: "Expected a multipart upload with a `file` field." }, { status: 400 })
  }
  try {
    const upstream = await fetch(
      `${getBackendUrl()}/vendor/courses/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lesson)}/video`,
      {
        method: "POST",
        headers: forwardHeaders({ ...auth, "content-type": contentType }),
        body: request.body,
        cache: "no-store",
        // Required by Node's fetch to stream a request body.
        duplex: "half",
      } as RequestInit & { duplex: "half" }
    )
    const text = await upstream.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      json = { message: text.slice(0, 240) }
    }
    return NextResponse.json(json, { status: upstream.status })
  } catch {
    return NextResponse.json({ message: "The store is temporarily unreachable." }, { status: 502 })
  }
}
