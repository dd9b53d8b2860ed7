import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { randomUUID } from "node:crypto"
import { open } from "node:fs/promises"
import os from "node:os"

export const DEFAULT_MAX_VIDEO_BYTES = 1024 * 1024 * 1024
export const PLUGIN_NAME = "@vitrina/courses"

/** The plugin's options as given in medusa-config (`plugins: [{ resolve: "@vitrina/courses", options }]`). */
export function coursesPluginOptions(container: MedusaContainer): Record<string, unknown> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.plugins ?? []).find(
    (p: unknown) => typeof p === "object" && p !== null && (p as { resolve?: string }).resolve === PLUGIN_NAME
  ) as { options?: Record<string, unknown> } | undefined
  return entry?.options ?? {}
}

/** Plugin option `max_video_bytes` (default 1 GiB). */
export function maxVideoBytes(container: MedusaContainer): number {
  const value = Number(coursesPluginOptions(container).max_video_bytes)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_VIDEO_BYTES
}

const formatBytes = (n: number) =>
  n >= 1024 ** 3 ? `${+(n / 1024 ** 3).toFixed(2)} GiB` : n >= 1024 ** 2 ? `${+(n / 1024 ** 2).toFixed(1)} MiB` : `${n} bytes`

/**
 * Parses a multipart body with ONE file in the field `file` to a temporary file in os.tmpdir()
 * (never into memory: videos are large). Limit violations become 400s; multer removes partial
 * files itself, the route removes the complete one when it is done.
 */
export function parseVideoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limit = maxVideoBytes(req.scope)
  const parser = multer({
    storage: multer.diskStorage({
      destination: os.tmpdir(),
      filename: (_req, _file, cb) => cb(null, `vitrina-video-${randomUUID()}`),
    }),
    limits: { fileSize: limit, files: 1, fields: 0, parts: 1 },
  }).single("file")
  parser(req as never, res as never, (err?: unknown) => {
    if (err instanceof multer.MulterError) {
      const messages: Record<string, string> = {
        LIMIT_FILE_SIZE: `A video may be at most ${formatBytes(limit)}`,
        LIMIT_FILE_COUNT: "Send one video per upload",
        LIMIT_PART_COUNT: "Send one video per upload, in the field `file`",
        LIMIT_FIELD_COUNT: "Only the video file may be sent, in the field `file`",
        LIMIT_UNEXPECTED_FILE: "The video must be sent in the field `file`",
      }
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, messages[err.code] ?? err.message))
    }
    if (err) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The upload is not a valid multipart form"))
    }
    next()
  })
}

export type VideoKind = { type: "video/mp4" | "video/x-m4v" | "video/webm" | "video/quicktime"; ext: string }

/**
 * The video type by content (magic bytes), whatever the name or declared type say:
 * ISO base media (`ftyp` box at offset 4: MP4, M4V, QuickTime by brand), Matroska/WebM (EBML
 * header 1A 45 DF A3, unless its DocType says "matroska"), or QuickTime's classic atoms (`moov`, `mdat`, `wide`, …).
 */
export function sniffVideoType(head: Buffer): VideoKind | null {
  if (head.length >= 12 && head.subarray(4, 8).toString("latin1") === "ftyp") {
    const brand = head.subarray(8, 12).toString("latin1")
    if (brand === "qt  ") return { type: "video/quicktime", ext: "mov" }
    if (brand.startsWith("M4V")) return { type: "video/x-m4v", ext: "m4v" }
    // Audio-only and image brands (M4A, HEIC, AVIF, …) are not videos.
    if (/^(M4A |M4B |M4P |heic|heix|mif1|msf1|avif|avis|crx )$/.test(brand)) return null
    return { type: "video/mp4", ext: "mp4" }
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    // The EBML header names its DocType: an explicit Matroska (.mkv) is not one of the formats we take.
    return head.includes(Buffer.from("matroska", "latin1")) ? null : { type: "video/webm", ext: "webm" }
  }
  if (head.length >= 8 && ["moov", "mdat", "wide", "free", "skip", "pnot"].includes(head.subarray(4, 8).toString("latin1"))) {
    return { type: "video/quicktime", ext: "mov" }
  }
  return null
}

/** Reads the first bytes of a file (for sniffing) without loading it. */
export async function readHead(filePath: string, bytes = 64): Promise<Buffer> {
  const handle = await open(filePath, "r")
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** A safe stored name: the original base name reduced to [a-z0-9-], with the sniffed extension. */
export function safeVideoName(original: string, ext: string) {
  const base = original.replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60)
  return `${base || "video"}.${ext}`
}
