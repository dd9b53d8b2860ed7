import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCourse, createTeacher } from "../helpers/courses"
import { createMarketplace } from "../helpers/fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("creates a course with its product, curriculum and links, owned by the teacher", async () => {
      const container = getContainer()
      const teacher = await createTeacher(container, "ada-school")
      const course = await createCourse(container, { vendorId: teacher.id, handle: "intro-to-types" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [found] } = await query.graph({
        entity: "course",
        fields: ["id", "handle", "status", "product.id", "product.status", "product.metadata", "product.vendor.id", "sections.title", "sections.rank", "sections.lessons.title", "sections.lessons.rank", "sections.lessons.course_id"],
        filters: { id: course.id },
      })
      expect(found).toMatchObject({ handle: "intro-to-types", status: "published", product: { id: course.product_id, status: "published" } })
      expect((found.product as unknown as { vendor: { id: string } }).vendor.id).toBe(teacher.id)
      // product cards read the curriculum's size from the product: 3 lessons, 60 + 120 + 300 s
      expect(found.product!.metadata).toMatchObject({ kind: "course", lessons_count: 3, duration_minutes: 8 })
      type Section = { title: string; rank: number; lessons: { course_id: string }[] }
      const sections = [...(found.sections as unknown as Section[])].sort((a, b) => a.rank - b.rank)
      expect(sections.map((s) => s.title)).toEqual(["Getting started", "Going further"])
      expect(sections[0].lessons.map((l) => l.course_id)).toEqual([course.id, course.id])
    })

    it("refuses a seller, and a published course without lessons, writing nothing", async () => {
      const container = getContainer()
      const { vendors } = await createMarketplace(container, [{ handle: "gadget-shop", kind: "seller" }])
      await expect(createCourse(container, { vendorId: vendors[0].id, handle: "seller-course" })).rejects.toMatchObject({
        message: "Only teachers can create courses",
      })
      const teacher = await createTeacher(container, "empty-school")
      await expect(
        createCourse(container, { vendorId: teacher.id, handle: "empty-course", sections: [{ title: "Nothing", lessons: [] }] })
      ).rejects.toMatchObject({ message: "A course needs at least one lesson before it can be published" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: courses } = await query.graph({ entity: "course", fields: ["id"] })
      const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: ["seller-course", "empty-course"] } })
      expect(courses).toEqual([])
      expect(products).toEqual([])
    })
  },
})
