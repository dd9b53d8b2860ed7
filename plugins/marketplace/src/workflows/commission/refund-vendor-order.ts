import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { postLedgerEntriesStep } from "./steps/post-ledger-entries"
import { prepareLedgerReversalStep } from "./steps/prepare-reversal"

export type RefundVendorOrderInput = { order_id: string; amount: number | string; note?: string; created_by?: string }

/** The customer's captured payment behind a vendor order (its group's parent order's). */
const findVendorOrderPaymentStep = createStep(
  "find-vendor-order-payment",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "order_group.parent_order_id"], filters: { id: input.order_id } })
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    // A vendor order belongs to a group; the group's parent order holds the payment (the vendor
    // order itself when the checkout had one vendor).
    const parentId = (order as { order_group?: { parent_order_id?: string } | null }).order_group?.parent_order_id
    if (typeof parentId !== "string") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is not a vendor order`)
    }
    const { data: [parent] } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
      filters: { id: parentId },
    })
    const payments = ((parent?.payment_collections ?? []) as { payments?: { id: string; captured_at?: unknown }[] }[]).flatMap(
      (pc) => pc?.payments ?? []
    )
    const captured = payments.find((p) => p?.captured_at)
    if (!captured) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The customer's payment has not been captured yet: cancel the vendor order instead")
    }
    return new StepResponse({ payment_id: captured.id, reference: `refund:${randomUUID()}` })
  }
)

/**
 * Refunds part or all of a vendor order: reverses that part of the vendor's sale and, in proportion,
 * the platform's commission in the ledger, then refunds the customer's payment (on the parent order)
 * by the same amount. The refund is the last step: if it fails the ledger entries are removed again.
 */
export const refundVendorOrderWorkflow = createWorkflow("refund-vendor-order", (input: RefundVendorOrderInput) => {
  const payment = findVendorOrderPaymentStep({ order_id: input.order_id })
  const reversals = prepareLedgerReversalStep(
    transform({ input, payment }, ({ input, payment }) => ({ order_id: input.order_id, reference: payment.reference, amount: input.amount }))
  )
  const entries = postLedgerEntriesStep(reversals)
  refundPaymentWorkflow.runAsStep({
    input: transform({ input, payment }, ({ input, payment }) => ({
      payment_id: payment.payment_id,
      amount: input.amount,
      note: input.note,
      created_by: input.created_by,
    })),
  })
  return new WorkflowResponse({ ledger_entry_ids: entries, payment_id: payment.payment_id })
})
