import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus: a path with a malformed percent-escape (e.g. `/store/products/%E0%A4%A`)
 * is the client's mistake. Express reports it as a URIError, which Medusa would answer with a 500.
 * And: a request that waited for a lock (e.g. Medusa's cart-completion lock on the cart id, 30 s) and
 * timed out is contention, not a server fault: 409 instead of Medusa's 500.
 */
export function vitrinaErrorHandler(
  err: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (err instanceof URIError) {
    res.status(400).json({ type: "invalid_data", message: "Malformed URL: a path segment is not valid percent-encoding" })
    return
  }
  if (isLockTimeout(err)) {
    res.status(409).json({
      type: "conflict",
      message: "This resource is being changed by another request; try again in a moment",
    })
    return
  }
  return medusaErrorHandler(err as Error, req, res, next)
}

/** Medusa's locking providers (in-memory, redis, postgres) all throw `Failed to acquire lock for key "…"`. */
export function isLockTimeout(err: unknown): boolean {
  return err instanceof Error && /^Failed to acquire lock for key /.test(err.message)
}
