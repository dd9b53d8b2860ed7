import type { MedusaContainer } from "@medusajs/framework/types"
import { bearer, signUpVendor } from "./fixtures"

// Helpers for the teacher (vendor) side of courses: sign-up, request bodies, small video files.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }> }

/** A teacher signed up through the API and approved by the operator: its token, vendor and member ids. */
export async function signUpTeacher(api: Api, handle: string, admin: { headers: Record<string, string> }) {
  return signUpVendor(api, { email: `${handle}@teachers.test`, handle, kind: "teacher", approveWith: admin })
}

/** A minimal valid body for POST /vendor/courses. */
export const courseBody = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  subtitle: "Learn it properly",
  description: "A course for tests.",
  level: "beginner",
  language: "en",
  outcomes: ["Write tests"],
  requirements: ["A computer"],
  prices: [
    { currency_code: "eur", amount: 49 },
    { currency_code: "usd", amount: 55 },
  ],
  ...extra,
})

/** A tiny ISO-BMFF (MP4) file: an `ftyp` box (brand mp42) and an `mdat` box. */
export function mp4Bytes(payload = 256) {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypmp42", "latin1"), Buffer.from([0, 0, 0, 0]), Buffer.from("mp42isom", "latin1")])
  const mdatHeader = Buffer.alloc(8)
  mdatHeader.writeUInt32BE(8 + payload, 0)
  mdatHeader.write("mdat", 4, "latin1")
  return Buffer.concat([ftyp, mdatHeader, Buffer.alloc(payload, 7)])
}

/** A tiny WebM file: the EBML header (1A 45 DF A3, DocType "webm") and some payload. */
export function webmBytes(payload = 256) {
  const header = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581021853806701", "hex")
  return Buffer.concat([header, Buffer.alloc(payload, 3)])
}

export const PNG_BYTES = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108020000009077" + "53de0000000c4944415408d763f8ffff3f0005fe02fea7d6a0b80000000049454e44ae426082",
  "hex"
)

/** POST /vendor/courses/:id/lessons/:lesson_id/video with one file in the multipart field `file`. */
export function uploadVideo(api: Api, token: string, courseId: string, lessonId: string, content: Buffer, name: string, type = "video/mp4") {
  const form = new FormData()
  form.append("file", new Blob([new Uint8Array(content)], { type }), name)
  return api.post(`/vendor/courses/${courseId}/lessons/${lessonId}/video`, form, bearer(token))
}

/** A draft course with one section and the given lessons, built through the vendor API. */
export async function buildCourse(
  api: Api,
  token: string,
  title: string,
  lessons: { title: string; kind: "video" | "text" }[] = [{ title: "Only lesson", kind: "text" }]
) {
  const { data: created } = await api.post("/vendor/courses", courseBody(title), bearer(token))
  const courseId: string = created.course.id
  const { data: sec } = await api.post(`/vendor/courses/${courseId}/sections`, { title: "Part one" }, bearer(token))
  const lessonIds: string[] = []
  for (const l of lessons) {
    const { data } = await api.post(`/vendor/courses/${courseId}/lessons`, { section_id: sec.section.id, ...l, body: "Text." }, bearer(token))
    lessonIds.push(data.lesson.id)
  }
  return { courseId, productId: created.course.product_id as string, handle: created.course.handle as string, sectionId: sec.section.id as string, lessonIds }
}

/** The courses module service (untyped: `.medusa/types` is not part of a fresh clone). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const coursesService = (container: MedusaContainer) => container.resolve("courses") as any
