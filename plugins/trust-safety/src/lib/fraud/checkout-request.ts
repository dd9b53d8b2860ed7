import { AsyncLocalStorage } from "node:async_hooks"

/** What the fraud rules need from a cart-completion request (the hook inside the workflow has no request). */
export type CheckoutRequest = { ip: string | null; device_id: string | null }

/**
 * The store API's cart-completion middleware runs the rest of the request inside this context, so
 * the fraud hook of Medusa's completion workflow (same request, same async chain) reads the
 * shopper's IP and device without a database round trip. Absent outside a store API request: such
 * completions (seed, scripts) are not scored.
 */
export const checkoutRequest = new AsyncLocalStorage<CheckoutRequest>()
