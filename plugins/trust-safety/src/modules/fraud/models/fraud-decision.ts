import { model } from "@medusajs/framework/utils"

export const FRAUD_VERDICTS = ["allow", "review", "block"] as const
export const FRAUD_DECISION_STATUSES = ["allowed", "held", "blocked", "released", "cancelled"] as const

/**
 * One scoring of an order (a cart completion; `subject_id` is the cart, `order_id` the customer's
 * order once placed) or a review (`subject_id` the review). Stores the score, the verdict, every
 * rule that fired with its details, and what the checkout looked like (for the velocity, history
 * and shared-account rules). `status`: allowed, held (verdict review, waiting for the operator),
 * blocked, then released / cancelled by the operator (`decided_by`, `decided_at`, `note`).
 */
const FraudDecision = model
  .define("fraud_decision", {
    id: model.id({ prefix: "fdec" }).primaryKey(),
    subject_type: model.enum(["order", "review"]),
    subject_id: model.text(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    ip: model.text().nullable(),
    ip_country: model.text().nullable(),
    device_id: model.text().nullable(),
    fingerprint: model.text().nullable(),
    address_key: model.text().nullable(),
    product_id: model.text().nullable(),
    vendor_id: model.text().nullable(),
    amount: model.float().nullable(),
    currency_code: model.text().nullable(),
    score: model.number(),
    verdict: model.enum([...FRAUD_VERDICTS]),
    rules: model.json(),
    status: model.enum([...FRAUD_DECISION_STATUSES]),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["subject_type", "subject_id"] },
    { on: ["customer_id"] },
    // A guest's history and velocity are read by e-mail on every guest checkout.
    { on: ["email"] },
    { on: ["ip"] },
    { on: ["fingerprint"] },
    { on: ["device_id"] },
    { on: ["address_key"] },
    { on: ["product_id"] },
    { on: ["status"] },
    { on: ["order_id"] },
  ])

export default FraudDecision
