import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { env, launchBrowser, letterStamp, pageErrors, vendorLogin, fillCheckoutAddress } from "./support"

jest.setTimeout(480_000)

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const wide = { viewport: { width: 1280, height: 900 } }
const TEACHER = { email: "teacher@vitrina.local", password: "vitrina-teacher" }

/** A 3-second WebM clip made with the ffmpeg binary of the @ffmpeg-installer npm package. */
function clip(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ffmpeg: string = require("@ffmpeg-installer/ffmpeg").path
  const dir = mkdtempSync(path.join(tmpdir(), "vitrina-e2e-"))
  try {
    const out = path.join(dir, "lesson.webm")
    const run = spawnSync(ffmpeg, ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "color=c=0x3355aa:s=160x120:d=3:r=12", "-c:v", "libvpx", "-b:v", "50k", "-an", out])
    if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr}`)
    return readFileSync(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function api<T>(method: string, url: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${env.backend}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body instanceof FormData || !body ? {} : { "content-type": "application/json" }) },
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

type Course = { id: string; handle: string; sections: { id: string; lessons: { id: string; title: string }[] }[] }

/** The demo teacher builds and publishes a 3-lesson course through the vendor API (text, video, text). */
async function publishCourse(stamp: number) {
  const login = await fetch(`${env.backend}/auth/vendor/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(TEACHER),
  })
  const { token } = (await login.json()) as { token: string }
  const { course } = await api<{ course: Course }>("POST", "/vendor/courses", token, {
    title: `Testing in Practice ${letterStamp(stamp)}`,
    subtitle: "A short course for the browser test",
    description: "Three short lessons: a text, a video and a wrap-up.",
    level: "beginner",
    language: "en",
    outcomes: ["Write a first test"],
    requirements: ["Curiosity"],
    prices: [
      { currency_code: "eur", amount: 19 },
      { currency_code: "usd", amount: 21 },
    ],
  })
  const { course: withSection } = await api<{ course: Course }>("POST", `/vendor/courses/${course.id}/sections`, token, { title: "Basics" })
  const sectionId = withSection.sections[0].id
  const lessons = [
    { title: "Why we test", kind: "text", duration_seconds: 60, is_preview: true, body: "Tests let you change code without fear." },
    { title: "A first test", kind: "video", duration_seconds: 3 },
    { title: "Wrap-up", kind: "text", duration_seconds: 30, body: "Keep tests small and fast." },
  ]
  for (const lesson of lessons) {
    await api("POST", `/vendor/courses/${course.id}/lessons`, token, { section_id: sectionId, ...lesson })
  }
  const { course: full } = await api<{ course: Course }>("GET", `/vendor/courses/${course.id}`, token)
  const video = full.sections[0].lessons.find((l) => l.title === "A first test")!
  const form = new FormData()
  form.append("file", new Blob([new Uint8Array(clip())], { type: "video/webm" }), "lesson.webm")
  await api("POST", `/vendor/courses/${course.id}/lessons/${video.id}/video`, token, form)
  await api("POST", `/vendor/courses/${course.id}/publish`, token, {})
  return { handle: course.handle, title: `Testing in Practice ${letterStamp(stamp)}` }
}

async function percent(page: Page) {
  const bar = page.getByTestId("learn-progress")
  await bar.waitFor({ timeout: 60_000 })
  return Number(await bar.getAttribute("data-percent"))
}

describe("courses", () => {
  it("a student buys a course, learns to the end, gets a verifiable certificate, and the teacher answers the student's question", async () => {
    const stamp = Date.now()
    const course = await publishCourse(stamp)

    // 1. A new student signs up and finds the course's landing page.
    const studentContext = await browser.newContext({ ...wide, acceptDownloads: true })
    const student = await studentContext.newPage()
    const errors = pageErrors(student)
    await student.goto(`${env.storefront}/en/account/register`)
    await student.fill("input[name=first_name]", "Greta")
    await student.fill("input[name=last_name]", "Learner")
    await student.fill("input[name=email]", `learner-${stamp}@example.com`)
    await student.fill("input[name=password]", "learner-pass-1")
    await student.getByTestId("register-submit").click()
    await student.waitForURL(/\/en\/account(\?|$)/, { timeout: 60_000 })

    await student.goto(`${env.storefront}/en/courses/${course.handle}`)
    await expect(student.getByTestId("course-title").textContent()).resolves.toContain(course.title)
    expect(await student.getByTestId("curriculum-lesson").count()).toBe(3)
    expect(await student.locator("[data-testid=curriculum-lesson][data-preview=true]").count()).toBe(1)

    // 2. Buys it: a course needs no delivery.
    await student.getByTestId("course-enrol").click()
    await student.getByTestId("cart-count").filter({ hasText: "1" }).waitFor({ timeout: 30_000 })
    await student.getByTestId("cart-link").click()
    await student.getByTestId("checkout-button").click()
    await student.waitForURL(/\/en\/checkout/)
    await fillCheckoutAddress(student, {
      email: `learner-${stamp}@example.com`,
      first_name: "Greta",
      last_name: "Learner",
      address_1: "Lindenstraße 5",
      city: "Hamburg",
      postal_code: "20095",
    })
    expect(await student.getByTestId("shipping-option").count()).toBe(0)
    await student.getByTestId("submit-payment").click()
    await student.getByTestId("place-order").click()
    await student.getByTestId("order-confirmation").waitFor({ timeout: 60_000 })

    // 3. Learns: the landing page now leads to the course; every lesson is completed in turn.
    await student.goto(`${env.storefront}/en/courses/${course.handle}`)
    await student.getByTestId("go-to-course").click()
    await student.waitForURL(new RegExp(`/en/learn/${course.handle}`))
    expect(await percent(student)).toBe(0)
    await student.getByTestId("resume-course").click()

    // Lesson 1 (text): read and marked complete.
    await student.getByTestId("lesson-body").waitFor({ timeout: 60_000 })
    expect(await student.getByTestId("lesson-body").textContent()).toContain("Tests let you change code without fear.")
    await student.getByTestId("mark-complete").click()
    await student.locator("[data-testid=lesson-link][data-completed=true]").first().waitFor({ timeout: 30_000 })

    // The student asks a question on the first lesson (text with markup stays text).
    await student.fill("[data-testid=qa-title]", `Question ${stamp} <b>bold?</b>`)
    await student.fill("[data-testid=qa-body]", "Should every function have a test?")
    await student.getByTestId("qa-submit").click()
    const question = student.getByTestId("qa-question").filter({ hasText: `Question ${stamp}` })
    await question.waitFor({ timeout: 30_000 })
    expect(await question.locator("b").count()).toBe(0)
    expect(await question.textContent()).toContain("<b>bold?</b>")

    // Lesson 2 (video): watched to the end.
    await student.getByTestId("next-lesson").click()
    const video = student.getByTestId("lesson-video")
    await video.waitFor({ timeout: 60_000 })
    const src = (await video.getAttribute("src")) ?? (await video.locator("source").first().getAttribute("src"))
    expect(src).toContain("/lesson-media/")
    expect(src).not.toContain("/static/")
    await video.evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      await el.play()
    })
    await student.locator("[data-testid=lesson-link][data-completed=true]").nth(1).waitFor({ timeout: 60_000 })

    // Lesson 3 (text): completes the course.
    await student.getByTestId("next-lesson").click()
    await student.getByTestId("lesson-body").filter({ hasText: "Keep tests small and fast." }).waitFor({ timeout: 60_000 })
    await student.getByTestId("mark-complete").click()
    await student.getByTestId("certificate-ready").waitFor({ timeout: 60_000 })

    await student.goto(`${env.storefront}/en/learn/${course.handle}`)
    expect(await percent(student)).toBe(100)

    // 4. Downloads the certificate PDF, and the public page verifies it.
    const [download] = await Promise.all([student.waitForEvent("download"), student.getByTestId("certificate-download").click()])
    const pdf = readFileSync((await download.path()) as string)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const publicUrl = (await student.getByTestId("certificate-public-link").getAttribute("href")) as string
    const code = publicUrl.split("/").pop() as string

    const visitor = await browser.newPage(wide)
    await visitor.goto(`${env.storefront}/en/certificates/${code}`)
    await visitor.getByTestId("certificate-verified").waitFor({ timeout: 60_000 })
    expect(await visitor.getByTestId("certificate-student").textContent()).toContain("Greta Learner")
    expect(await visitor.getByTestId("certificate-course").textContent()).toContain(course.title)
    expect(await visitor.getByTestId("certificate-code").textContent()).toContain(code)
    const forged = await visitor.goto(`${env.storefront}/en/certificates/VTR-NOPE-NOPE-NOPE`)
    expect(forged?.status()).toBe(404)
    await visitor.close()

    // 5. The teacher answers the question from the portal's inbox.
    const teacherContext = await browser.newContext(wide)
    const teacher = await teacherContext.newPage()
    await vendorLogin(teacher, TEACHER.email, TEACHER.password)
    await teacher.getByTestId("vendor-nav-questions").click()
    const inbox = teacher.getByTestId("inbox-question").filter({ hasText: `Question ${stamp}` })
    await inbox.waitFor({ timeout: 60_000 })
    await inbox.getByTestId("inbox-answer-body").fill("Test behaviour, not every function.")
    await inbox.getByTestId("inbox-answer-submit").click()
    await inbox.waitFor({ state: "detached", timeout: 60_000 })

    // 6. The student sees the teacher's answer, marked as the teacher's.
    const firstLesson = (await student.getByTestId("lesson-link").first().getAttribute("href")) as string
    await student.goto(new URL(firstLesson, env.storefront).toString())
    const answer = student
      .getByTestId("qa-question")
      .filter({ hasText: `Question ${stamp}` })
      .locator("[data-testid=qa-answer][data-teacher=true]")
    await answer.waitFor({ timeout: 60_000 })
    expect(await answer.textContent()).toContain("Test behaviour, not every function.")

    expect(errors).toEqual([])
    await Promise.all([studentContext.close(), teacherContext.close()])
  })
})
