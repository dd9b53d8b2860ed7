import { spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { crc32, deflateSync } from "node:zlib"

export type Shape = "circle" | "square" | "diamond" | "ring"

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([len, body, crc])
}

/** Encodes RGB pixels as a PNG (8-bit truecolour, no filtering). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => {
    const k = (n + h / 30) % 12
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return [f(0), f(8), f(4)]
}

/**
 * A product-style picture: soft diagonal gradient, a floor shadow and a coloured object.
 * Deterministic for the same arguments, so re-seeding produces the same files.
 */
export function productImage(opts: { hue: number; shape: Shape; variant?: number; size?: number }): Buffer {
  const size = opts.size ?? 800
  const variant = opts.variant ?? 0
  const px = new Uint8Array(size * size * 3)
  const bgA = hsl((opts.hue + 30) % 360, 0.35, 0.93)
  const bgB = hsl((opts.hue + 330) % 360, 0.3, 0.82)
  const obj = hsl(opts.hue, 0.55, variant ? 0.38 : 0.5)
  const objLight = hsl(opts.hue, 0.6, variant ? 0.55 : 0.68)
  const cx = size / 2
  const cy = size * 0.46
  const r = size * (variant ? 0.24 : 0.28)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * size)
      let c: [number, number, number] = [
        bgA[0] + (bgB[0] - bgA[0]) * t,
        bgA[1] + (bgB[1] - bgA[1]) * t,
        bgA[2] + (bgB[2] - bgA[2]) * t,
      ]
      // floor shadow
      const sx = (x - cx) / (r * 1.2)
      const sy = (y - (cy + r * 1.15)) / (r * 0.22)
      const sd = sx * sx + sy * sy
      if (sd < 1) {
        const k = 0.25 * (1 - sd)
        c = [c[0] * (1 - k), c[1] * (1 - k), c[2] * (1 - k)]
      }
      const dx = x - cx
      const dy = y - cy
      let inside = false
      switch (opts.shape) {
        case "circle":
          inside = dx * dx + dy * dy < r * r
          break
        case "square":
          inside = Math.abs(dx) < r * 0.85 && Math.abs(dy) < r * 0.85
          break
        case "diamond":
          inside = Math.abs(dx) + Math.abs(dy) < r * 1.15
          break
        case "ring": {
          const d = Math.sqrt(dx * dx + dy * dy)
          inside = d < r && d > r * 0.55
          break
        }
      }
      if (inside) {
        // light from the top left
        const l = Math.max(0, Math.min(1, 0.5 - (dx + dy) / (4 * r)))
        c = [
          obj[0] + (objLight[0] - obj[0]) * l,
          obj[1] + (objLight[1] - obj[1]) * l,
          obj[2] + (objLight[2] - obj[2]) * l,
        ]
      }
      const i = (y * size + x) * 3
      px[i] = c[0]
      px[i + 1] = c[1]
      px[i + 2] = c[2]
    }
  }
  return encodePng(size, size, px)
}

/** The ffmpeg binary shipped inside the @ffmpeg-installer npm package, if present for this platform. */
export function ffmpegPath(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const p: string = require("@ffmpeg-installer/ffmpeg").path
    if (!existsSync(p)) {
      return null
    }
    try {
      chmodSync(p, 0o755) // npm may skip the package's own `chmod` install script
    } catch {
      // read-only install: try to run it as it is
    }
    return p
  } catch {
    return null
  }
}

/**
 * A 4-second 480×480 WebM (VP8) "landing video": a slow zoom over the product picture.
 * Returns null when no ffmpeg binary is available for this platform.
 */
export function productVideo(png: Buffer): Buffer | null {
  const ffmpeg = ffmpegPath()
  if (!ffmpeg) {
    return null
  }
  const dir = mkdtempSync(path.join(tmpdir(), "vitrina-video-"))
  try {
    const input = path.join(dir, "frame.png")
    const output = path.join(dir, "video.webm")
    writeFileSync(input, png)
    const run = spawnSync(
      ffmpeg,
      [
        "-hide_banner", "-loglevel", "error", "-y",
        "-loop", "1", "-i", input,
        "-vf", "scale=960:960,zoompan=z='min(zoom+0.002,1.25)':d=96:s=480x480:fps=24",
        "-t", "4", "-c:v", "libvpx", "-b:v", "400k", "-an", output,
      ],
      { stdio: ["ignore", "ignore", "pipe"], timeout: 60_000 }
    )
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`ffmpeg failed: ${run.stderr?.toString().slice(0, 500)}`)
    }
    return readFileSync(output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
