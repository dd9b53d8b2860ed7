import { crc32 } from "node:zlib"
import { PNG_BYTES } from "./teacher"

// Helpers for the trust & safety tests: documents built in code.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }> }

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), 8 + data.length)
  return out
}

/** The 1x1 test PNG with a tEXt chunk (an author and an address) and an eXIf chunk after its header. */
export function pngWithMetadata(secret = "Jane Doe, Main Street 1") {
  return Buffer.concat([
    PNG_BYTES.subarray(0, 33),
    chunk("tEXt", Buffer.from(`Author\0${secret}`, "latin1")),
    chunk("eXIf", Buffer.from(`MM\0*GPS ${secret}`, "latin1")),
    PNG_BYTES.subarray(33),
  ])
}

export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1")
export const HTML_BYTES = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>", "latin1")
export const ZIP_BYTES = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(60, 1)])

/** POST /vendor/verification/documents with one file and its type. */
export function uploadDocument(api: Api, token: string, type: string, content: Buffer, name: string, mime = "application/octet-stream") {
  const form = new FormData()
  form.append("type", type)
  form.append("file", new Blob([new Uint8Array(content)], { type: mime }), name)
  return api.post("/vendor/verification/documents", form, { headers: { authorization: `Bearer ${token}` } })
}
