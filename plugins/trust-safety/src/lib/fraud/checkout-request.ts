/** What the fraud rules need from a cart-completion request (the hook inside the workflow has no request). */
export type CheckoutRequest = { ip: string | null; device_id: string | null }

/**
 * The store API's cart-completion requests in flight, by cart id: the middleware registers the
 * shopper's IP and device for the cart it completes and removes them when the response ends; the
 * fraud hook of Medusa's completion workflow (same process, same request) reads them by the cart id
 * it is given, without a database round trip. A cart without a request in flight (seed, scripts,
 * workflows run from code) is not scored.
 *
 * Not an AsyncLocalStorage: once one runs, Node propagates every AsyncLocalStorage into every promise
 * the process creates from then on, so a store used by one route taxes every request of every route
 * (measured: about twice the async-hook propagation time under a checkout load).
 */
const inFlight = new Map<string, CheckoutRequest[]>()

/** Registers a completion request for `cartId`; the returned function removes it (call it once the response ends). */
export function registerCheckoutRequest(cartId: string, registered: CheckoutRequest): () => void {
  const request = { ...registered }
  const list = inFlight.get(cartId) ?? []
  list.push(request)
  inFlight.set(cartId, list)
  // Each registration is its own object (a copy): removing it a second time finds nothing.
  return () => {
    const current = inFlight.get(cartId)
    const i = current?.indexOf(request) ?? -1
    if (!current || i < 0) return
    current.splice(i, 1)
    if (!current.length) inFlight.delete(cartId)
  }
}

/**
 * The request completing `cartId`, or undefined. With two requests for one cart at once (a double
 * click), Medusa's cart lock lets the first one place the order: the oldest registration is the
 * one in the workflow.
 */
export function checkoutRequestFor(cartId: string): CheckoutRequest | undefined {
  return inFlight.get(cartId)?.[0]
}

/** How many carts have a completion request in flight (tests: nothing is left behind). */
export function checkoutRequestsInFlight(): number {
  return inFlight.size
}
