import { planCurriculumOrder, type Curriculum } from "../curriculum"

const curriculum: Curriculum = {
  course: { id: "course_1", status: "draft", handle: "c", title: "C" },
  sections: [
    { id: "csec_a", title: "A", rank: 0 },
    { id: "csec_b", title: "B", rank: 1 },
  ],
  lessons: [
    { id: "lesson_1", title: "1", kind: "text", rank: 0, section_id: "csec_a", video_file_id: null },
    { id: "lesson_2", title: "2", kind: "text", rank: 1, section_id: "csec_a", video_file_id: null },
    { id: "lesson_3", title: "3", kind: "video", rank: 0, section_id: "csec_b", video_file_id: null },
  ],
}

describe("planCurriculumOrder", () => {
  it("rewrites ranks 0..n and sections as given", () => {
    expect(
      planCurriculumOrder(curriculum, [
        { id: "csec_b", lesson_ids: ["lesson_2", "lesson_3"] },
        { id: "csec_a", lesson_ids: ["lesson_1"] },
      ])
    ).toEqual({
      sections: [
        { id: "csec_b", rank: 0 },
        { id: "csec_a", rank: 1 },
      ],
      lessons: [
        { id: "lesson_2", rank: 0, section_id: "csec_b" },
        { id: "lesson_3", rank: 1, section_id: "csec_b" },
        { id: "lesson_1", rank: 0, section_id: "csec_a" },
      ],
    })
  })

  it.each([
    ["a missing section", [{ id: "csec_a", lesson_ids: ["lesson_1", "lesson_2", "lesson_3"] }], "missing: csec_b"],
    ["a missing lesson", [{ id: "csec_a", lesson_ids: ["lesson_1"] }, { id: "csec_b", lesson_ids: ["lesson_3"] }], "missing: lesson_2"],
    ["a lesson twice", [{ id: "csec_a", lesson_ids: ["lesson_1", "lesson_2"] }, { id: "csec_b", lesson_ids: ["lesson_3", "lesson_1"] }], "Lesson lesson_1 is named more than once"],
    ["a section twice", [{ id: "csec_a", lesson_ids: [] }, { id: "csec_a", lesson_ids: [] }], "Section csec_a is named more than once"],
    ["a foreign section", [{ id: "csec_x", lesson_ids: [] }], "Section csec_x is not a section of this course"],
    ["a foreign lesson", [{ id: "csec_a", lesson_ids: ["lesson_9"] }], "Lesson lesson_9 is not a lesson of this course"],
  ])("refuses %s with a message naming it", (_label, order, message) => {
    expect(() => planCurriculumOrder(curriculum, order)).toThrow(message)
  })
})
