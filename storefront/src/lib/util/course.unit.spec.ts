import { describe, expect, it } from "@jest/globals"
import {
  completedLessonIds,
  formatClock,
  isoDuration,
  moveItem,
  paragraphs,
  parseDurationInput,
  percentInt,
  resumeLessonId,
  safeReturnPath,
  splitLines,
} from "./course"
import { buildCourseJsonLd, serializeJsonLd } from "./json-ld"

const sections = [
  { lessons: [{ id: "l1" }, { id: "l2" }] },
  { lessons: [{ id: "l3" }] },
] as never

describe("course helpers", () => {
  it("formats lesson durations as clocks", () => {
    expect(formatClock(750)).toBe("12:30")
    expect(formatClock(59)).toBe("0:59")
    expect(formatClock(3725)).toBe("1:02:05")
    expect(formatClock(0)).toBeNull()
    expect(formatClock(null)).toBeNull()
  })

  it("gives ISO 8601 workloads for schema.org", () => {
    expect(isoDuration(19800)).toBe("PT5H30M")
    expect(isoDuration(3600)).toBe("PT1H")
    expect(isoDuration(45)).toBe("PT1M")
    expect(isoDuration(0)).toBeNull()
  })

  it("reads durations typed as minutes or clocks", () => {
    expect(parseDurationInput("12:30")).toBe(750)
    expect(parseDurationInput("1:02:05")).toBe(3725)
    expect(parseDurationInput("15")).toBe(900)
    expect(parseDurationInput("7,5")).toBe(450)
    expect(parseDurationInput("")).toBeNull()
    expect(parseDurationInput("1:75")).toBeNaN()
    expect(parseDurationInput("ten")).toBeNaN()
  })

  it("resumes at the last lesson touched, else the first", () => {
    expect(resumeLessonId(sections, "l3")).toBe("l3")
    expect(resumeLessonId(sections, "gone")).toBe("l1")
    expect(resumeLessonId(sections, null)).toBe("l1")
    expect(resumeLessonId([], null)).toBeNull()
  })

  it("knows the completed lessons and rounds percentages", () => {
    const done = completedLessonIds([
      { lesson_id: "l1", completed_at: "2026-01-01" },
      { lesson_id: "l2", completed_at: null },
    ])
    expect([...done]).toEqual(["l1"])
    expect(percentInt(33.333)).toBe(33)
    expect(percentInt(120)).toBe(100)
    expect(percentInt("x")).toBe(0)
  })

  it("accepts only local return paths", () => {
    expect(safeReturnPath("/en/learn/x")).toBe("/en/learn/x")
    expect(safeReturnPath("//evil.example")).toBeNull()
    expect(safeReturnPath("https://evil.example")).toBeNull()
    expect(safeReturnPath("/\\evil")).toBeNull()
    expect(safeReturnPath(undefined)).toBeNull()
  })

  it("moves items and splits text", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"])
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"])
    expect(splitLines(" one \n\n two\r\nthree ")).toEqual(["one", "two", "three"])
    expect(paragraphs("a\nb\n\n c ")).toEqual(["a\nb", "c"])
  })
})

describe("buildCourseJsonLd", () => {
  it("describes an online course with its provider, workload and paid offer", () => {
    const data = buildCourseJsonLd({
      name: "Watercolour </script>",
      description: "Learn",
      url: "https://shop.example/en/courses/watercolour",
      language: "en",
      level: "Beginner",
      provider: { name: "Anna", url: "https://shop.example/en/vendors/anna" },
      workload: "PT5H30M",
      offer: { price: 49.9, currency: "eur", available: true },
    })
    expect(data).toMatchObject({
      "@type": "Course",
      inLanguage: "en",
      educationalLevel: "Beginner",
      provider: { "@type": "Organization", name: "Anna", url: "https://shop.example/en/vendors/anna" },
      hasCourseInstance: { "@type": "CourseInstance", courseMode: "online", courseWorkload: "PT5H30M" },
      offers: { "@type": "Offer", price: "49.90", priceCurrency: "EUR", category: "Paid", availability: "https://schema.org/InStock" },
    })
    expect(serializeJsonLd(data)).not.toContain("<")
  })
})
