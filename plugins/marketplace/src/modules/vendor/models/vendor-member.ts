import { model } from "@medusajs/framework/utils"
import Vendor from "./vendor"

export const VENDOR_MEMBER_ROLES = ["owner", "admin", "staff"] as const

/** A person who acts for a vendor; the `vendor` auth actor id is a member id. */
const VendorMember = model
  .define("vendor_member", {
    id: model.id({ prefix: "vmem" }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum([...VENDOR_MEMBER_ROLES]).default("staff"),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  })
  .indexes([{ on: ["vendor_id", "email"], unique: true, where: "deleted_at IS NULL" }])

export default VendorMember
