import type { MedusaContainer } from "@medusajs/framework/types"
import { createCoursesWorkflow, courseProductInput } from "@vitrina/courses/workflows"
import { createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { storeHeaders } from "./fixtures"

type LessonSpec = { title: string; kind?: "video" | "text"; duration_seconds?: number; is_preview?: boolean; body?: string; video_file_id?: string }

/** A teacher (active vendor) created directly through the marketplace workflow. */
export async function createTeacher(container: MedusaContainer, handle: string) {
  const { result: [vendor] } = await createVendorsWorkflow(container).run({
    input: {
      vendors: [
        {
          handle,
          name: handle.replace(/-/g, " ").toUpperCase(),
          kind: "teacher",
          status: "active",
          email: `owner@${handle}.test`,
          members: [{ email: `owner@${handle}.test`, role: "owner" as const }],
        },
      ],
    },
  })
  return vendor
}

/**
 * A published course of a teacher, sold in EUR (and USD) in the default sales channel, with the given
 * curriculum (default: 2 sections, 3 text lessons, the first a preview).
 */
export async function createCourse(
  container: MedusaContainer,
  opts: {
    vendorId: string
    handle: string
    title?: string
    eur?: number
    published?: boolean
    sections?: { title: string; lessons: LessonSpec[] }[]
  }
) {
  const { salesChannelId } = await storeHeaders(container)
  const sections = opts.sections ?? [
    {
      title: "Getting started",
      lessons: [
        { title: "Welcome", kind: "text" as const, duration_seconds: 60, is_preview: true, body: "Welcome to the course." },
        { title: "Setup", kind: "text" as const, duration_seconds: 120, body: "Install the tools." },
      ],
    },
    { title: "Going further", lessons: [{ title: "Deep dive", kind: "text" as const, duration_seconds: 300, body: "The details." }] },
  ]
  const published = opts.published ?? true
  const { result: [course] } = await createCoursesWorkflow(container).run({
    input: {
      vendor_id: opts.vendorId,
      courses: [
        {
          product: courseProductInput({
            title: opts.title ?? opts.handle.replace(/-/g, " "),
            handle: opts.handle,
            description: "A test course.",
            level: "beginner",
            language: "en",
            prices: [
              { currency_code: "eur", amount: opts.eur ?? 49 },
              { currency_code: "usd", amount: (opts.eur ?? 49) + 5 },
            ],
            sales_channel_id: salesChannelId,
            published,
          }),
          course: {
            level: "beginner",
            language: "en",
            outcomes: ["Build things"],
            requirements: ["A computer"],
            status: published ? "published" : "draft",
            sections: sections.map((s) => ({ title: s.title, lessons: s.lessons.map((l) => ({ kind: "text" as const, ...l })) })),
          },
        },
      ],
    },
  })
  return course
}
