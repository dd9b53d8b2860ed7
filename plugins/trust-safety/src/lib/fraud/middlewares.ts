import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordFraudSignalWorkflow } from "../../workflows/fraud"
import { registerCheckoutRequest } from "./checkout-request"
import { clientIp, deviceId } from "./client"
import { fraudService, trustProxyHops } from "./config"

/* eslint-disable @typescript-eslint/no-explicit-any -- query.graph rows are untyped without generated types */
type Row = Record<string, any>

const actorOf = (req: MedusaRequest) => (req as Partial<AuthenticatedMedusaRequest>).auth_context

async function record(req: MedusaRequest, input: Record<string, unknown>) {
  try {
    await recordFraudSignalWorkflow(req.scope).run({ input: input as never })
  } catch (e) {
    // A signal is evidence, not a gate: failing to store it must not fail the shopper's request.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`fraud signal not recorded: ${(e as Error).message}`)
  }
}

/** How long an aborted completion request's IP and device stay readable by the fraud hook. */
const ABORTED_CHECKOUT_KEEP_MS = 5 * 60_000

/**
 * On cart completion: the checkout's client IP and device id are registered for the cart until the
 * response has finished (5 minutes after an aborted one); the fraud hook of Medusa's completion
 * workflow reads them by cart id (no row is written: the fraud decision keeps both).
 */
export function captureCheckoutRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const unregister = registerCheckoutRequest(String(req.params.id ?? ""), {
    ip: clientIp(req, trustProxyHops(req.scope)),
    device_id: deviceId(req),
  })
  // A finished response: the workflow is done. An aborted one (the shopper closed the connection):
  // Medusa's workflow may still be running and must still be scored, so the entry stays a while.
  res.once("close", () => (res.writableFinished ? unregister() : setTimeout(unregister, ABORTED_CHECKOUT_KEEP_MS).unref()))
  next()
}

/** On a review written: the reviewer's IP and device (the review rules compare them with the vendor's). */
export async function captureReviewSignal(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = actorOf(req)
  if (auth?.actor_type === "customer" && auth.actor_id) {
    await record(req, { kind: "review", subject_id: String(req.params.id ?? "").slice(0, 100), actor_type: "customer", actor_id: auth.actor_id, ip: clientIp(req, trustProxyHops(req.scope)), device_id: deviceId(req) })
  }
  next()
}

/** On vendor portal calls: the member's IP, once per IP and day (for "reviews from the vendor's IPs"). */
export async function captureVendorSignal(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = actorOf(req)
  const ip = clientIp(req, trustProxyHops(req.scope))
  if (auth?.actor_type === "vendor" && auth.actor_id && ip) {
    try {
      const seen = await fraudService(req.scope).listFraudSignals(
        { kind: "vendor", actor_id: auth.actor_id, ip, created_at: { $gte: new Date(Date.now() - 86_400_000) } },
        { take: 1, select: ["id"] }
      )
      if (!seen.length) {
        const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "vendor_member", fields: ["vendor_id"], filters: { id: auth.actor_id } })
        const vendorId = (data[0] as Row | undefined)?.vendor_id ?? null
        if (vendorId) await record(req, { kind: "vendor", actor_type: "vendor", actor_id: auth.actor_id, vendor_id: vendorId, ip, device_id: deviceId(req) })
      }
    } catch (e) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`vendor signal not recorded: ${(e as Error).message}`)
    }
  }
  next()
}

const held = () =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order is held for a fraud review: it can be fulfilled or captured once an operator releases it")

/** Whether the customer's order (or one of its vendor orders) is held by a fraud decision. */
export async function isOrderHeld(req: MedusaRequest, orderId: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [orderId]
  const { data: groups } = await query.graph({ entity: "order", fields: ["id", "order_group.parent_order_id"], filters: { id: orderId } }).catch(() => ({ data: [] as Row[] }))
  const parent = (groups[0] as Row | undefined)?.order_group?.parent_order_id
  if (parent) orderIds.push(parent)
  const rows = await fraudService(req.scope).listFraudDecisions({ subject_type: "order", order_id: orderIds, status: "held" }, { take: 1, select: ["id"] })
  return rows.length > 0
}

/** Refuses fulfilment (vendor portal, admin) of an order held for fraud review. */
export async function refuseHeldOrder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = String(req.params.id ?? "")
  if (/^order_[0-9A-Za-z]+$/.test(id) && (await isOrderHeld(req, id))) throw held()
  next()
}

/** Refuses an admin payment capture of a held order. */
export async function refuseHeldCapture(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = String(req.params.id ?? "")
  if (/^pay_[0-9A-Za-z]+$/.test(id)) {
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id } })
      .catch(() => ({ data: [] as Row[] }))
    const orderId = (data[0] as Row | undefined)?.payment_collection?.order?.id
    if (orderId && (await isOrderHeld(req, orderId))) throw held()
  }
  next()
}
/* eslint-enable @typescript-eslint/no-explicit-any */
