import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moderateListingsWorkflow } from "../workflows/moderation"

/**
 * A lesson video stored for a course (the courses plugin's `course.lesson_video.attached`; it goes
 * through no product workflow) is recorded on the course's moderation case at once: the course's
 * listing is checked again, its new video listed for the operator (`video_unchecked`).
 */
export default async function lessonVideoAttached({ event, container }: SubscriberArgs<{ course_id?: string }>) {
  const courseId = event.data?.course_id
  if (!courseId) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "course", fields: ["id", "product.id"], filters: { id: courseId } })
  const productId = (data[0] as { product?: { id: string } | null } | undefined)?.product?.id
  if (!productId) return
  await moderateListingsWorkflow(container).run({ input: { product_ids: [productId] } })
}

// The courses plugin's LESSON_VIDEO_ATTACHED_EVENT (not imported: trust-safety does not depend on courses).
export const config: SubscriberConfig = { event: "course.lesson_video.attached" }
