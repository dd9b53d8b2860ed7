import { inflateSync } from "node:zlib"
import { crc32 } from "node:zlib"
import { encodePng, productImage } from "../media"

function chunks(png: Buffer) {
  const out: { type: string; data: Buffer; crcOk: boolean }[] = []
  let i = 8
  while (i < png.length) {
    const len = png.readUInt32BE(i)
    const type = png.subarray(i + 4, i + 8).toString("latin1")
    const data = png.subarray(i + 8, i + 8 + len)
    const crc = png.readUInt32BE(i + 8 + len)
    out.push({ type, data, crcOk: (crc32(png.subarray(i + 4, i + 8 + len)) >>> 0) === crc })
    i += 12 + len
  }
  return out
}

describe("PNG encoder", () => {
  it("writes a valid PNG whose pixels decode back to the input", () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30])
    const png = encodePng(2, 2, rgb)
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
    const parts = chunks(png)
    expect(parts.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"])
    expect(parts.every((c) => c.crcOk)).toBe(true)
    expect(parts[0].data.readUInt32BE(0)).toBe(2)
    expect(parts[0].data.readUInt32BE(4)).toBe(2)
    const raw = inflateSync(parts[1].data)
    // each row: filter byte 0 + 2 pixels × 3 bytes
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30])
  })

  it("draws deterministic, distinct product pictures", () => {
    const a = productImage({ hue: 20, shape: "circle", size: 64 })
    const b = productImage({ hue: 20, shape: "circle", size: 64 })
    const c = productImage({ hue: 200, shape: "diamond", size: 64 })
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
    const ihdr = chunks(a)[0].data
    expect(ihdr.readUInt32BE(0)).toBe(64)
  })
})
