import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CoursesModule from "../modules/courses"

/** Read-only link (no table): an enrolment's `customer_id` resolves to the customer. */
export default defineLink(
  { linkable: CoursesModule.linkable.enrollment, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
