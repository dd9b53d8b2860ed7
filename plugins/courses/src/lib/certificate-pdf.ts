import type PDFKit from "pdfkit"
import { createRequire } from "node:module"
import path from "node:path"

type Subset = "latin" | "latin-ext" | "cyrillic" | "cyrillic-ext"
type Weight = 400 | 700

const localRequire = createRequire(__filename)
const fontDir = path.join(path.dirname(localRequire.resolve("@fontsource/noto-sans/package.json")), "files")
const fontFile = (subset: Subset, weight: Weight) => path.join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`)

/** Which Noto Sans subset (as @fontsource splits it) draws a character. */
function subsetOf(ch: string): Subset {
  const cp = ch.codePointAt(0) ?? 0
  if ((cp >= 0x400 && cp <= 0x45f) || cp === 0x490 || cp === 0x491 || cp === 0x4b0 || cp === 0x4b1 || cp === 0x2116) return "cyrillic"
  if (cp >= 0x460 && cp <= 0x52f) return "cyrillic-ext"
  if ((cp >= 0x100 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) return "latin-ext"
  return "latin"
}

/** Splits a string into runs that one subset draws (spaces and punctuation join the current run). */
export function runs(text: string): { text: string; subset: Subset }[] {
  const out: { text: string; subset: Subset }[] = []
  for (const ch of text) {
    const neutral = /[\s.,:;!?'"()\-–—/&]/.test(ch)
    const subset = neutral && out.length ? out[out.length - 1].subset : subsetOf(ch)
    const last = out[out.length - 1]
    if (last && last.subset === subset) last.text += ch
    else out.push({ text: ch, subset })
  }
  return out
}

export type CertificatePdfData = {
  code: string
  student_name: string
  course_title: string
  teacher_name: string
  issued_at: Date | string
  verification_url: string
}

/** A landscape A4 certificate; fonts are embedded from @fontsource/noto-sans (no network). */
export function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  // Loaded on first use: most processes never render a certificate.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PDFDocument = require("pdfkit") as typeof PDFKit
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    info: { Title: `Certificate ${data.code}`, Subject: data.course_title, Author: "Vitrina" },
  })
  for (const subset of ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as Subset[]) {
    for (const weight of [400, 700] as Weight[]) doc.registerFont(`${subset}-${weight}`, fontFile(subset, weight))
  }
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const W = doc.page.width
  const H = doc.page.height

  /** One centred line, each run in the font that has its glyphs; shrinks to fit the width. */
  const centred = (text: string, y: number, size: number, weight: Weight, color = "#1f2937") => {
    let parts = runs(text)
    let fontSize = size
    const width = () =>
      parts.reduce((w, p) => w + doc.font(`${p.subset}-${weight}`).fontSize(fontSize).widthOfString(p.text), 0)
    const minSize = Math.min(size, 10)
    while (fontSize > minSize && width() > W - 160) fontSize -= 1
    // still too wide at the smallest size: cut it with an ellipsis rather than run off the page
    for (let chars = [...text]; width() > W - 160 && chars.length > 1; ) {
      chars = chars.slice(0, -1)
      parts = runs(`${chars.join("").trimEnd()}…`)
    }
    let x = (W - width()) / 2
    doc.fillColor(color)
    for (const p of parts) {
      doc.font(`${p.subset}-${weight}`).fontSize(fontSize)
      doc.text(p.text, x, y, { lineBreak: false })
      x += doc.widthOfString(p.text)
    }
  }

  // frame
  doc.rect(24, 24, W - 48, H - 48).lineWidth(3).strokeColor("#1e3a8a").stroke()
  doc.rect(34, 34, W - 68, H - 68).lineWidth(0.8).strokeColor("#93c5fd").stroke()

  centred("VITRINA", 70, 14, 700, "#1e3a8a")
  centred("Certificate of completion", 110, 34, 700, "#111827")
  centred("This certifies that", 190, 14, 400, "#4b5563")
  centred(data.student_name, 220, 30, 700, "#111827")
  centred("has successfully completed the course", 280, 14, 400, "#4b5563")
  centred(data.course_title, 310, 24, 700, "#1e3a8a")
  centred(`taught by ${data.teacher_name}`, 355, 14, 400, "#374151")

  const issued = new Date(data.issued_at)
  const date = Number.isNaN(issued.getTime()) ? "" : issued.toISOString().slice(0, 10)
  doc.moveTo(120, H - 130).lineTo(320, H - 130).lineWidth(0.8).strokeColor("#9ca3af").stroke()
  doc.moveTo(W - 320, H - 130).lineTo(W - 120, H - 130).stroke()
  doc.font("latin-400").fontSize(12).fillColor("#111827")
  doc.text(date, 120, H - 150, { width: 200, align: "center", lineBreak: false })
  doc.text(data.code, W - 320, H - 150, { width: 200, align: "center", lineBreak: false })
  doc.fontSize(10).fillColor("#6b7280")
  doc.text("Date of issue", 120, H - 122, { width: 200, align: "center", lineBreak: false })
  doc.text("Certificate code", W - 320, H - 122, { width: 200, align: "center", lineBreak: false })
  centred(`Verify at ${data.verification_url}`, H - 80, 10, 400, "#6b7280")

  doc.end()
  return done
}
