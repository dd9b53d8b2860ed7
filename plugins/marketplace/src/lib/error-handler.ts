import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus: a path with a malformed percent-escape (e.g. `/store/products/%E0%A4%A`)
 * is the client's mistake. Express reports it as a URIError, which Medusa would answer with a 500.
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
  return medusaErrorHandler(err as Error, req, res, next)
}
