import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckoutRequest } from "../../lib/fraud/checkout-request"
import type { CheckoutDecisionInput } from "../../modules/fraud/service"
import { fraudService, loadFraudConfig } from "../../lib/fraud/config"
import { loadCheckout, loadReviewSubject, orderFacts, reviewFacts } from "../../lib/fraud/facts"
import { isCurrencyOverride, RULE_CODES, scoreOrder, scoreReview, totalScore, verdictOf, type RuleCode, type Verdict } from "../../lib/fraud/rules"

/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are loosely typed across the service */
type Row = Record<string, any>

export type SignalInput = {
  kind: "checkout" | "review" | "vendor"
  subject_id?: string | null
  actor_type: "customer" | "vendor" | "guest"
  actor_id?: string | null
  vendor_id?: string | null
  ip: string | null
  device_id: string | null
}

export const createFraudSignalStep = createStep("fraud-create-signal", async (input: SignalInput, { container }) => {
  const created = await fraudService(container).createFraudSignals(input)
  return new StepResponse(created, created.id)
}, async (id, { container }) => {
  if (id) await fraudService(container).deleteFraudSignals(id)
})

export type DecisionDraft = Record<string, unknown> & { score: number; verdict: Verdict; status: string }

/** Scores a checkout (the cart being completed, its request's IP and device) with the current configuration. */
export async function scoreCheckout(container: MedusaContainer, cartId: string, request: CheckoutRequest): Promise<CheckoutDecisionInput> {
  const [co, { rules, thresholds }] = await Promise.all([loadCheckout(container, cartId, request), loadFraudConfig(container)])
  const fired = scoreOrder(rules, await orderFacts(container, rules, co))
  const score = totalScore(fired)
  const verdict = verdictOf(score, thresholds)
  return {
    subject_type: "order",
    subject_id: co.cart_id,
    order_id: co.order_id,
    customer_id: co.customer_id,
    email: co.email,
    ip: co.ip,
    ip_country: co.ip_country,
    device_id: co.device_id,
    fingerprint: co.fingerprint,
    address_key: co.address_key,
    amount: co.amount,
    currency_code: co.currency_code,
    score,
    verdict,
    rules: fired,
    status: verdict === "block" ? "blocked" : verdict === "review" ? "held" : "allowed",
  }
}

/** Scores a review just written (its listing, its author's IPs). */
export const scoreReviewStep = createStep("fraud-score-review", async (input: { review_id: string }, { container }) => {
  const subject = await loadReviewSubject(container, input.review_id)
  if (!subject) return new StepResponse(null)
  const { rules, thresholds } = await loadFraudConfig(container)
  const fired = scoreReview(rules, await reviewFacts(container, rules, subject))
  const score = totalScore(fired)
  const verdict = verdictOf(score, thresholds)
  const draft: DecisionDraft = {
    subject_type: "review",
    subject_id: subject.review_id,
    customer_id: subject.customer_id,
    product_id: subject.product_id,
    vendor_id: subject.vendor_id,
    ip: subject.ip,
    device_id: subject.device_id,
    score,
    verdict,
    rules: fired,
    status: verdict === "block" ? "blocked" : verdict === "review" ? "held" : "allowed",
  }
  return new StepResponse(draft)
})

export const createFraudDecisionStep = createStep("fraud-create-decision", async (input: DecisionDraft | null, { container }) => {
  if (!input) return new StepResponse(null, null)
  const created = (await fraudService(container).createFraudDecisions(input as any)) as Row
  return new StepResponse(created, created.id as string)
}, async (id, { container }) => {
  if (id) await fraudService(container).deleteFraudDecisions(id)
})

/** The operator releases or cancels a held order: only a held decision may be decided. */
export const decideFraudDecisionStep = createStep(
  "fraud-decide",
  async (input: { id: string; action: "release" | "cancel"; actor_id: string; note: string | null }, { container }) => {
    const svc = fraudService(container)
    const [row] = (await svc.listFraudDecisions({ id: input.id }, { take: 1 })) as Row[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fraud decision ${input.id} was not found`)
    if (row.status !== "held") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only a held decision can be decided (this one is ${row.status})`)
    const previous = { id: row.id, status: row.status, decided_by: row.decided_by, decided_at: row.decided_at, note: row.note }
    const updated = (await svc.updateFraudDecisions({
      id: row.id,
      status: input.action === "release" ? "released" : "cancelled",
      decided_by: input.actor_id,
      decided_at: new Date(),
      note: input.note,
    })) as Row
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await fraudService(container).updateFraudDecisions(previous as any)
  }
)

/** Cancels the orders of a cancelled held checkout: its vendor orders, else the customer's order. */
export const cancelHeldOrdersStep = createStep("fraud-cancel-held-orders", async (input: { order_id: string | null; actor_id: string }, { container }) => {
  if (!input.order_id) return new StepResponse([])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_group", fields: ["id", "orders.id", "orders.status"], filters: { parent_order_id: input.order_id } })
  const vendorOrders = ((data[0] as Row | undefined)?.orders ?? []) as Row[]
  const ids = vendorOrders.length ? vendorOrders.filter((o) => o && o.status !== "canceled").map((o) => o.id as string) : [input.order_id]
  const { cancelOrderWorkflow } = await import("@medusajs/medusa/core-flows")
  for (const order_id of ids) {
    await cancelOrderWorkflow(container).run({ input: { order_id, canceled_by: input.actor_id } })
  }
  // A cancellation cannot be undone: this step runs last.
  return new StepResponse(ids)
})

export type FraudConfigInput = {
  rules?: { code: RuleCode; enabled?: boolean; weight?: number; params?: Record<string, number> }[]
  thresholds?: { review_score: number; block_score: number }
}

/** Saves the operator's rule rows and thresholds; the compensation restores the previous rows. */
export const saveFraudConfigStep = createStep("fraud-save-config", async (input: FraudConfigInput, { container }) => {
  const svc = fraudService(container)
  const current = await loadFraudConfig(container)
  const beforeRules = (await svc.listFraudRules({}, { take: 100 })) as Row[]
  const beforeSettings = (await svc.listFraudSettings({ key: "default" }, { take: 1 })) as Row[]
  for (const change of input.rules ?? []) {
    if (!RULE_CODES.includes(change.code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown rule ${change.code}`)
    const eff = current.rules.find((r) => r.code === change.code)!
    const unknown = Object.keys(change.params ?? {}).filter((k) => !(k in eff.params) && !isCurrencyOverride(k, eff.params))
    if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Rule ${change.code} has no parameter ${unknown.join(", ")}`)
    const next = { enabled: change.enabled ?? eff.enabled, weight: change.weight ?? eff.weight, params: { ...eff.params, ...(change.params ?? {}) } }
    const row = beforeRules.find((r) => r.code === change.code)
    if (row) await svc.updateFraudRules({ id: row.id, ...next })
    else await svc.createFraudRules({ code: change.code, ...next })
  }
  if (input.thresholds) {
    if (input.thresholds.review_score > input.thresholds.block_score) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "review_score must not be above block_score")
    }
    if (beforeSettings[0]) await svc.updateFraudSettings({ id: beforeSettings[0].id, ...input.thresholds })
    else await svc.createFraudSettings({ key: "default", ...input.thresholds })
  }
  return new StepResponse(await loadFraudConfig(container), { beforeRules, beforeSettings })
}, async (undo, { container }) => {
  if (!undo) return
  const svc = fraudService(container)
  const now = (await svc.listFraudRules({}, { take: 100 })) as Row[]
  const keep = new Set(undo.beforeRules.map((r: Row) => r.id))
  const added = now.filter((r) => !keep.has(r.id)).map((r) => r.id)
  if (added.length) await svc.deleteFraudRules(added)
  for (const r of undo.beforeRules) await svc.updateFraudRules({ id: r.id, enabled: r.enabled, weight: r.weight, params: r.params })
  const s = (await svc.listFraudSettings({ key: "default" }, { take: 1 })) as Row[]
  if (undo.beforeSettings[0]) await svc.updateFraudSettings({ id: undo.beforeSettings[0].id, review_score: undo.beforeSettings[0].review_score, block_score: undo.beforeSettings[0].block_score })
  else if (s[0]) await svc.deleteFraudSettings(s[0].id)
})

/* eslint-enable @typescript-eslint/no-explicit-any */
