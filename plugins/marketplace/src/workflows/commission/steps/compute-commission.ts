import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { commissionAmount, pickCommissionRule, type RuleLike } from "../../../lib/commission"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRecordInput } from "../../../modules/commission/service"

export type ComputeCommissionInput = {
  orders: { order_id: string; vendor_id: string }[]
  placed_at?: Date | string
  /** The orders' rows (`id, currency_code, total, created_at, items.id, items.product_id, items.total`) when the caller has just read them. */
  order_rows?: Record<string, unknown>[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of query.graph over links and custom modules are untyped here
type Row = Record<string, any>

export type CommissionPlan = CommissionRecordInput

/**
 * For each vendor order: one commission line per item (base = the item's total, rate from the most
 * specific rule), a ledger credit of the order total (shipping included) and a debit of the summed
 * commission, both available after the holding period. Read-only.
 */
export async function planCommission(container: MedusaContainer, input: ComputeCommissionInput): Promise<CommissionPlan> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
  const vendorIds = [...new Set(input.orders.map((o) => o.vendor_id))]
  const readOrders = async () =>
    (input.order_rows as Row[] | undefined) ??
    (
      await query.graph({
        entity: "order",
        fields: ["id", "currency_code", "total", "created_at", "items.id", "items.product_id", "items.total"],
        filters: { id: input.orders.map((o) => o.order_id) },
      })
    ).data
  const readCategories = async (orders: Row[]) => {
    const productIds = [...new Set(orders.flatMap((o: Row) => (o.items ?? []).map((i: Row) => i.product_id)))]
    return productIds.length ? (await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })).data : []
  }
  // The rules first: the vendors' kinds and the products' categories are read only when a rule of
  // that scope exists (most shops have a default rate and a few vendor rates).
  const rules: RuleLike[] = await service.rulesForVendors(vendorIds)
  const needs = (scope: string) => rules.some((r) => r.scope === scope)
  const [{ data: vendors }, [orders, products]] = await Promise.all([
    needs("kind") ? query.graph({ entity: "vendor", fields: ["id", "kind"], filters: { id: vendorIds } }) : { data: [] as Row[] },
    readOrders().then(async (orders) => [orders, needs("category") ? await readCategories(orders) : ([] as Row[])] as const),
  ])
  const kindOf = new Map<string, string>((vendors as Row[]).map((v) => [v.id, v.kind]))
  const categoriesOf = new Map<string, string[]>((products as Row[]).map((p) => [p.id, (p.categories ?? []).map((c: Row) => c.id)]))
  const holdingMs = service.holdingPeriodDays() * 24 * 60 * 60 * 1000

  const plan: CommissionPlan = { lines: [], entries: [] }
  for (const { order_id, vendor_id } of input.orders) {
    const order = orders.find((o: Row) => o.id === order_id)
    if (!order) continue
    const placedAt = new Date(input.placed_at ?? order.created_at ?? Date.now())
    const availableAt = new Date(placedAt.getTime() + holdingMs)
    let commission = MathBN.convert(0)
    for (const item of order.items ?? []) {
      const rule = pickCommissionRule(rules, {
        vendor_id,
        vendor_kind: kindOf.get(vendor_id) ?? "",
        category_ids: categoriesOf.get(item.product_id) ?? [],
      })
      const rate = rule ? MathBN.convert(rule.rate as never).toString() : "0"
      const base = MathBN.convert(item.total).toString()
      const amount = commissionAmount(base, rate)
      commission = MathBN.add(commission, amount)
      plan.lines.push({
        order_id, line_item_id: item.id, vendor_id, rule_id: rule?.id ?? null, scope: rule?.scope ?? "none",
        rate, base_amount: base, amount, currency_code: order.currency_code,
      })
    }
    plan.entries.push(
      { vendor_id, order_id, type: "sale", reference: "placed", amount: MathBN.convert(order.total).toString(), currency_code: order.currency_code, available_at: availableAt },
      { vendor_id, order_id, type: "commission", reference: "placed", amount: MathBN.mult(commission, -1).toString(), currency_code: order.currency_code, available_at: availableAt }
    )
  }
  return plan
}

/** The commission plan as a read-only step (see `planCommission`). */
export const computeCommissionStep = createStep(
  "compute-vendor-order-commission",
  async (input: ComputeCommissionInput, { container }) => new StepResponse(await planCommission(container, input))
)
