import { model } from "@medusajs/framework/utils"

/**
 * Who was seen where: the client IP and the storefront's device id of a request that matters to the
 * fraud rules (a cart completion, a review written, a vendor member's portal call). `subject_id`
 * is the cart id of a checkout; `actor_id` the customer or vendor member.
 */
const FraudSignal = model
  .define("fraud_signal", {
    id: model.id({ prefix: "fsig" }).primaryKey(),
    kind: model.enum(["checkout", "review", "vendor"]),
    subject_id: model.text().nullable(),
    actor_type: model.enum(["customer", "vendor", "guest"]),
    actor_id: model.text().nullable(),
    vendor_id: model.text().nullable(),
    ip: model.text().nullable(),
    device_id: model.text().nullable(),
  })
  .indexes([{ on: ["subject_id"] }, { on: ["actor_id"] }, { on: ["ip"] }, { on: ["device_id"] }, { on: ["vendor_id"] }])

export default FraudSignal
