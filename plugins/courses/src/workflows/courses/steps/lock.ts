import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"

const keyOf = (courseId: string) => `courses:curriculum:${courseId}`

/**
 * Serialises writes to one course's curriculum (ranks are computed from the current curriculum, and
 * "a published course keeps one lesson" is checked against it): call first in a workflow, and
 * `unlockCourse` last. A request that waits longer than 15 s fails with a lock timeout (409).
 */
export function lockCourse(input: { course_id: string }) {
  return acquireLockStep(transform({ input }, ({ input }) => ({ key: keyOf(input.course_id), timeout: 15, ttl: 60 })))
}

export function unlockCourse(input: { course_id: string }) {
  return releaseLockStep(transform({ input }, ({ input }) => ({ key: keyOf(input.course_id) })))
}
