/**
 * Verification documents by content: the type comes from the magic bytes, never from the name or
 * the declared type, and image metadata (EXIF with GPS positions, XMP, IPTC, comments, text chunks)
 * is removed before anything is stored. Pure functions, no dependencies.
 */

export type DocumentKind = { mime: "application/pdf" | "image/jpeg" | "image/png"; ext: "pdf" | "jpg" | "png" }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** PDF (`%PDF-`), JPEG (FF D8 FF) or PNG (its 8-byte signature); anything else (HTML, ZIP, …) is null. */
export function sniffDocumentType(content: Buffer): DocumentKind | null {
  if (content.length >= 5 && content.subarray(0, 5).toString("latin1") === "%PDF-") return { mime: "application/pdf", ext: "pdf" }
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return { mime: "image/jpeg", ext: "jpg" }
  if (content.length >= 8 && content.subarray(0, 8).equals(PNG_SIGNATURE)) return { mime: "image/png", ext: "png" }
  return null
}

export class MalformedImageError extends Error {}

/** JPEG markers that carry metadata: APP1 (EXIF, XMP), APP2..APP15 except APP14 (Adobe colour transform), COM. */
const isMetadataMarker = (marker: number) =>
  marker === 0xfe || (marker >= 0xe1 && marker <= 0xef && marker !== 0xee)

/**
 * A JPEG without its metadata segments: APP1 (EXIF/XMP), APP13 (IPTC/Photoshop), other APPn except
 * APP0 (JFIF) and APP14 (Adobe), and comments. Everything from the start of scan on is kept as is.
 */
export function stripJpegMetadata(input: Buffer): Buffer {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) throw new MalformedImageError("not a JPEG")
  const parts: Buffer[] = [input.subarray(0, 2)]
  let pos = 2
  while (pos < input.length) {
    if (input[pos] !== 0xff) throw new MalformedImageError("JPEG segment expected")
    let markerPos = pos
    while (markerPos < input.length && input[markerPos] === 0xff) markerPos++ // fill bytes
    if (markerPos >= input.length) throw new MalformedImageError("truncated JPEG")
    const marker = input[markerPos]
    if (marker === 0xda || marker === 0xd9) {
      // start of scan (entropy-coded data up to EOI) or end of image: the rest is kept
      parts.push(input.subarray(pos))
      return Buffer.concat(parts)
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(input.subarray(pos, markerPos + 1))
      pos = markerPos + 1
      continue
    }
    if (markerPos + 3 > input.length) throw new MalformedImageError("truncated JPEG segment")
    const length = input.readUInt16BE(markerPos + 1)
    const end = markerPos + 1 + length
    if (length < 2 || end > input.length) throw new MalformedImageError("bad JPEG segment length")
    if (!isMetadataMarker(marker)) parts.push(input.subarray(pos, end))
    pos = end
  }
  throw new MalformedImageError("JPEG without image data")
}

/** PNG chunks that carry metadata: text, compressed and international text, EXIF, modification time. */
export const PNG_METADATA_CHUNKS = new Set(["tEXt", "iTXt", "zTXt", "eXIf", "tIME"])

/** A PNG without its metadata chunks; every other chunk (and its CRC) is copied unchanged. */
export function stripPngMetadata(input: Buffer): Buffer {
  if (input.length < 8 || !input.subarray(0, 8).equals(PNG_SIGNATURE)) throw new MalformedImageError("not a PNG")
  const parts: Buffer[] = [input.subarray(0, 8)]
  let pos = 8
  let sawEnd = false
  while (pos < input.length) {
    if (pos + 12 > input.length) throw new MalformedImageError("truncated PNG chunk")
    const length = input.readUInt32BE(pos)
    const type = input.subarray(pos + 4, pos + 8).toString("latin1")
    const end = pos + 12 + length
    if (!/^[A-Za-z]{4}$/.test(type) || end > input.length) throw new MalformedImageError("bad PNG chunk")
    if (!PNG_METADATA_CHUNKS.has(type)) parts.push(input.subarray(pos, end))
    pos = end
    if (type === "IEND") {
      sawEnd = true
      break
    }
  }
  if (!sawEnd) throw new MalformedImageError("PNG without IEND")
  return Buffer.concat(parts)
}

/** The stored bytes of an accepted document: images without metadata, PDFs unchanged. */
export function sanitizeDocument(content: Buffer, kind: DocumentKind): Buffer {
  if (kind.mime === "image/jpeg") return stripJpegMetadata(content)
  if (kind.mime === "image/png") return stripPngMetadata(content)
  return content
}

/** The chunk types of a PNG in order (for tests and diagnostics). */
export function pngChunkTypes(input: Buffer): string[] {
  const types: string[] = []
  let pos = 8
  while (pos + 8 <= input.length) {
    const length = input.readUInt32BE(pos)
    types.push(input.subarray(pos + 4, pos + 8).toString("latin1"))
    pos += 12 + length
  }
  return types
}

/** The segment markers of a JPEG up to the start of scan (for tests and diagnostics). */
export function jpegMarkers(input: Buffer): number[] {
  const markers: number[] = []
  let pos = 2
  while (pos + 4 <= input.length && input[pos] === 0xff) {
    const marker = input[pos + 1]
    markers.push(marker)
    if (marker === 0xda || marker === 0xd9) break
    pos += 2 + input.readUInt16BE(pos + 2)
  }
  return markers
}
