import { EventEmitter } from "node:events"
import { checkoutRequestFor, checkoutRequestsInFlight, registerCheckoutRequest } from "../checkout-request"
import { captureCheckoutRequest } from "../middlewares"

// A cart-completion request as the middleware sees it: the socket's address, one proxy hop configured.
function request(cartId: string, ip: string, device: string) {
  const scope = { resolve: () => ({ plugins: [{ resolve: "@vitrina/trust-safety", options: { fraud: { trust_proxy_hops: 1 } } }] }) }
  return {
    params: { id: cartId },
    headers: { "x-forwarded-for": ip, "x-device-id": device },
    socket: { remoteAddress: "127.0.0.1" },
    scope,
  } as never
}
const response = () => Object.assign(new EventEmitter(), { writableFinished: false })

describe("checkout requests in flight", () => {
  afterEach(() => jest.useRealTimers())

  it("gives the fraud hook the IP and device of the request completing that cart, and forgets them when the response has finished", () => {
    const res = response()
    const next = jest.fn()
    captureCheckoutRequest(request("cart_A", "81.2.69.142", "device-0001"), res as never, next)
    expect(next).toHaveBeenCalledTimes(1)
    expect(checkoutRequestFor("cart_A")).toEqual({ ip: "81.2.69.142", device_id: "device-0001" })
    expect(checkoutRequestFor("cart_B")).toBeUndefined() // another cart's workflow sees nothing of it

    res.writableFinished = true
    res.emit("close")
    expect(checkoutRequestFor("cart_A")).toBeUndefined()
    expect(checkoutRequestsInFlight()).toBe(0)
  })

  it("keeps an aborted request's IP and device for the workflow still running, then forgets them", () => {
    jest.useFakeTimers()
    const res = response()
    captureCheckoutRequest(request("cart_C", "8.8.8.8", "device-0002"), res as never, () => undefined)
    res.emit("close") // the shopper closed the connection: the response never finished
    expect(checkoutRequestFor("cart_C")).toEqual({ ip: "8.8.8.8", device_id: "device-0002" })
    jest.advanceTimersByTime(5 * 60_000)
    expect(checkoutRequestFor("cart_C")).toBeUndefined()
    expect(checkoutRequestsInFlight()).toBe(0)
  })

  it("with two requests for one cart, reads the oldest (the one Medusa's cart lock lets through) until it ends", () => {
    const first = registerCheckoutRequest("cart_D", { ip: "8.8.8.8", device_id: "first" })
    const second = registerCheckoutRequest("cart_D", { ip: "81.2.69.142", device_id: "second" })
    expect(checkoutRequestFor("cart_D")?.device_id).toBe("first")
    first()
    first() // removing twice removes nothing more
    expect(checkoutRequestFor("cart_D")?.device_id).toBe("second")
    second()
    expect(checkoutRequestsInFlight()).toBe(0)
  })
})
