import { model } from "@medusajs/framework/utils"
import Vendor from "./vendor"

/** An emailed invitation to join a vendor's team. Only a hash of the token is stored. */
const VendorInvite = model
  .define("vendor_invite", {
    id: model.id({ prefix: "vinv" }).primaryKey(),
    email: model.text(),
    role: model.enum(["admin", "staff"]).default("staff"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["vendor_id", "email"], where: "deleted_at IS NULL AND accepted_at IS NULL" }])

export default VendorInvite
