import jpeg from "jpeg-js"
import { PNG } from "pngjs"
import { deflateSync } from "node:zlib"
import { jpegMarkers, MalformedImageError, pngChunkTypes, sanitizeDocument, sniffDocumentType, stripJpegMetadata, stripPngMetadata } from "../documents"

const crc32 = (buf: Buffer) => {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return (~c >>> 0)
}
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), 8 + data.length)
  return out
}
const segment = (marker: number, data: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0])
  head.writeUInt16BE(data.length + 2, 2)
  return Buffer.concat([head, data])
}

/** A 4x4 PNG drawn in code with text, EXIF and time chunks inserted before IDAT. */
function pngWithMetadata() {
  const png = new PNG({ width: 4, height: 4 })
  png.data.fill(200)
  const clean = PNG.sync.write(png)
  const iend = clean.length - 12
  const ihdrEnd = 8 + 25
  return Buffer.concat([
    clean.subarray(0, ihdrEnd),
    chunk("tEXt", Buffer.from("Author\0Jane Doe, Main Street 1", "latin1")),
    chunk("iTXt", Buffer.from("Comment\0\0\0\0\0secret", "latin1")),
    chunk("zTXt", Buffer.concat([Buffer.from("GPS\0\0", "latin1"), deflateSync(Buffer.from("55.75,37.61"))])),
    chunk("eXIf", Buffer.from("MM\0*\0\0\0\x08GPS55.75", "latin1")),
    chunk("tIME", Buffer.from([0x07, 0xea, 1, 2, 3, 4, 5])),
    clean.subarray(ihdrEnd, iend),
    clean.subarray(iend),
  ])
}

/** A JPEG encoded in code with EXIF (APP1), XMP (APP1), IPTC (APP13) and a comment segment added. */
function jpegWithMetadata() {
  const raw = { width: 8, height: 8, data: Buffer.alloc(8 * 8 * 4, 128) }
  const clean = jpeg.encode(raw, 90).data
  return Buffer.concat([
    clean.subarray(0, 2),
    segment(0xe1, Buffer.from("Exif\0\0MM\0*GPSLatitude=55.75", "latin1")),
    segment(0xe1, Buffer.from("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Jane</x:xmpmeta>", "latin1")),
    segment(0xed, Buffer.from("Photoshop 3.0\x008BIM caption", "latin1")),
    segment(0xfe, Buffer.from("shot at home", "latin1")),
    clean.subarray(2),
  ])
}

describe("verification document checks", () => {
  it("detects PDF, JPEG and PNG by content and refuses everything else", () => {
    expect(sniffDocumentType(Buffer.from("%PDF-1.7\n%…"))).toEqual({ mime: "application/pdf", ext: "pdf" })
    expect(sniffDocumentType(jpegWithMetadata())?.mime).toBe("image/jpeg")
    expect(sniffDocumentType(pngWithMetadata())?.mime).toBe("image/png")
    expect(sniffDocumentType(Buffer.from("<!doctype html><html>"))).toBeNull()
    expect(sniffDocumentType(Buffer.from("PK\x03\x04zip", "latin1"))).toBeNull()
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull()
  })

  it("removes tEXt, iTXt, zTXt, eXIf and tIME chunks from a PNG and keeps the picture", () => {
    const input = pngWithMetadata()
    expect(pngChunkTypes(input)).toEqual(expect.arrayContaining(["tEXt", "iTXt", "zTXt", "eXIf", "tIME"]))
    const out = stripPngMetadata(input)
    expect(pngChunkTypes(out)).toEqual(["IHDR", "IDAT", "IEND"])
    expect(out.includes(Buffer.from("Jane Doe"))).toBe(false)
    const decoded = PNG.sync.read(out)
    expect([decoded.width, decoded.height, decoded.data[0]]).toEqual([4, 4, 200])
  })

  it("removes EXIF, XMP, IPTC and comment segments from a JPEG and keeps the picture", () => {
    const input = jpegWithMetadata()
    expect(jpegMarkers(input)).toEqual(expect.arrayContaining([0xe1, 0xed, 0xfe]))
    const out = sanitizeDocument(input, { mime: "image/jpeg", ext: "jpg" })
    const markers = jpegMarkers(out)
    expect(markers).not.toContain(0xe1)
    expect(markers).not.toContain(0xed)
    expect(markers).not.toContain(0xfe)
    expect(markers).toContain(0xe0) // JFIF stays
    for (const secret of ["GPSLatitude", "xmpmeta", "8BIM", "shot at home"]) expect(out.includes(Buffer.from(secret))).toBe(false)
    const decoded = jpeg.decode(out)
    expect([decoded.width, decoded.height]).toEqual([8, 8])
  })

  it("keeps a PDF unchanged and refuses truncated images", () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF")
    expect(sanitizeDocument(pdf, { mime: "application/pdf", ext: "pdf" })).toBe(pdf)
    expect(() => stripPngMetadata(pngWithMetadata().subarray(0, 60))).toThrow(MalformedImageError)
    expect(() => stripJpegMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toThrow(MalformedImageError)
  })
})
