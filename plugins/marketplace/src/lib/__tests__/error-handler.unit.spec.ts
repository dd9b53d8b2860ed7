import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isLockTimeout, vitrinaErrorHandler } from "../error-handler"

function fakeResponse() {
  const res = { statusCode: 0, body: undefined as unknown }
  const api = {
    status(code: number) {
      res.statusCode = code
      return api
    },
    json(body: unknown) {
      res.body = body
      return api
    },
  }
  return { res, api: api as unknown as MedusaResponse }
}

describe("vitrinaErrorHandler", () => {
  it("answers a lock wait that timed out (e.g. a cart completed by another request) with 409, not 500", () => {
    const { res, api } = fakeResponse()
    const err = new Error('Failed to acquire lock for key "cart_123"')
    vitrinaErrorHandler(err, {} as MedusaRequest, api, (() => undefined) as MedusaNextFunction)
    expect(res.statusCode).toBe(409)
    expect(res.body).toMatchObject({ type: "conflict" })
  })

  it("recognises only Medusa's lock-timeout message", () => {
    expect(isLockTimeout(new Error('Failed to acquire lock for key "x"'))).toBe(true)
    expect(isLockTimeout(new Error("Something else"))).toBe(false)
    expect(isLockTimeout("Failed to acquire lock for key")).toBe(false)
  })
})
