import { model } from "@medusajs/framework/utils"
import VendorInvite from "./vendor-invite"
import VendorMember from "./vendor-member"

export const VENDOR_KINDS = ["seller", "teacher"] as const
export const VENDOR_STATUSES = ["pending", "active", "suspended", "rejected"] as const

/**
 * A tenant of the marketplace: a seller of physical goods or a teacher of courses.
 * Products, orders and other Medusa records are attached through module links.
 */
const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "ven" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    kind: model.enum([...VENDOR_KINDS]),
    status: model.enum([...VENDOR_STATUSES]).default("pending"),
    /** The operator's reason for the last rejection or suspension, shown to the vendor. */
    status_reason: model.text().nullable(),
    verified: model.boolean().default(false),
    description: model.text().nullable(),
    logo: model.text().nullable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    country_code: model.text().nullable(),
    currency_code: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    invites: model.hasMany(() => VendorInvite, { mappedBy: "vendor" }),
  })
  .cascades({ delete: ["members", "invites"] })

export default Vendor
