import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COURSES_MODULE } from "../modules/courses"
import type CoursesModuleService from "../modules/courses/service"

export const coursesService = (c: MedusaContainer) => c.resolve<CoursesModuleService>(COURSES_MODULE)

/** The customer's active enrolment in the course, or a 403 (none, or revoked). */
export async function requireActiveEnrollment(c: MedusaContainer, courseId: string, customerId: string) {
  const [enrollment] = await coursesService(c).listEnrollments({ course_id: courseId, customer_id: customerId })
  if (!enrollment || enrollment.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      enrollment ? "Your access to this course was revoked" : "Only students enrolled in this course can do this"
    )
  }
  return enrollment
}

type CustomerNames = { first_name?: string | null; last_name?: string | null; email?: string | null }

async function loadCustomer(c: MedusaContainer, customerId: string): Promise<CustomerNames | null> {
  const customers = await c.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "first_name", "last_name", "email"] })
  return customers[0] ?? null
}

/** Full name, else e-mail: what a certificate says. */
export async function studentFullName(c: MedusaContainer, customerId: string): Promise<string> {
  const customer = await loadCustomer(c, customerId)
  const name = [customer?.first_name, customer?.last_name].map((s) => s?.trim()).filter(Boolean).join(" ")
  return name || customer?.email || "Student"
}

/** What other students see next to a question or answer: first name and last initial, never the e-mail. */
export async function publicAuthorName(c: MedusaContainer, customerId: string): Promise<string> {
  const customer = await loadCustomer(c, customerId)
  const first = customer?.first_name?.trim()
  const last = customer?.last_name?.trim()
  if (first) return last ? `${first} ${last[0]}.` : first
  return "Student"
}
