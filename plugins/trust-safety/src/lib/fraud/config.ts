import type { MedusaContainer } from "@medusajs/framework/types"
import { FRAUD_MODULE } from "../../modules/fraud"
import type FraudModuleService from "../../modules/fraud/service"
import { trustSafetyOptions } from "../options"
import { DEFAULT_RULES, DEFAULT_THRESHOLDS, RULE_CODES, type RuleCode, type RuleConfig, type Thresholds } from "./rules"

/** Plugin options `fraud` (defaults; the operator's saved configuration wins). */
export type FraudOptions = {
  /** Proxies in front of the server (see client.ts); env FRAUD_TRUST_PROXY_HOPS. */
  trust_proxy_hops?: number
  review_score?: number
  block_score?: number
  rules?: Partial<Record<RuleCode, { enabled?: boolean; weight?: number; params?: Record<string, number> }>>
}

export const fraudOptions = (c: MedusaContainer): FraudOptions => (trustSafetyOptions(c) as { fraud?: FraudOptions }).fraud ?? {}

export const fraudService = (c: MedusaContainer) => c.resolve<FraudModuleService>(FRAUD_MODULE)

export function trustProxyHops(c: MedusaContainer): number {
  const v = Number(fraudOptions(c).trust_proxy_hops ?? process.env.FRAUD_TRUST_PROXY_HOPS ?? 0)
  return Number.isInteger(v) && v >= 0 && v <= 10 ? v : 0
}

function defaults(c: MedusaContainer): { rules: RuleConfig[]; thresholds: Thresholds } {
  const o = fraudOptions(c)
  const rules = RULE_CODES.map((code) => {
    const d = DEFAULT_RULES[code]
    const over = o.rules?.[code] ?? {}
    return { code, enabled: over.enabled ?? d.enabled, weight: over.weight ?? d.weight, params: { ...d.params, ...(over.params ?? {}) } }
  })
  return {
    rules,
    thresholds: { review_score: o.review_score ?? DEFAULT_THRESHOLDS.review_score, block_score: o.block_score ?? DEFAULT_THRESHOLDS.block_score },
  }
}

/** The effective configuration: defaults from the options, overridden by the operator's rows. */
export async function loadFraudConfig(c: MedusaContainer): Promise<{ rules: RuleConfig[]; thresholds: Thresholds }> {
  const base = defaults(c)
  const { rules: rows, settings: s } = await fraudService(c).configRows()
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const rules = base.rules.map((r) => {
    const row = byCode.get(r.code)
    return row ? { code: r.code, enabled: row.enabled, weight: row.weight, params: { ...r.params, ...((row.params as Record<string, number>) ?? {}) } } : r
  })
  return { rules, thresholds: s ? { review_score: s.review_score, block_score: s.block_score } : base.thresholds }
}
