import { describe, expect, it } from "@jest/globals"
import { cleanMessage, describeError, normalizeError } from "./errors"

class FakeFetchError extends Error {
  constructor(
    message: string,
    public statusText: string,
    public status: number
  ) {
    super(message)
  }
}

const messages = {
  generic: "generic",
  network: "network",
  notFound: "notFound",
  unauthorized: "unauthorized",
  server: "server",
}

describe("normalizeError", () => {
  it("maps js-sdk FetchError statuses to kinds", () => {
    expect(normalizeError(new FakeFetchError("Invalid data", "Bad Request", 400))).toEqual({
      kind: "validation",
      status: 400,
      message: "Invalid data",
    })
    expect(normalizeError(new FakeFetchError("Unauthorized", "Unauthorized", 401)).kind).toBe("unauthorized")
    expect(normalizeError(new FakeFetchError("Not found", "Not Found", 404)).kind).toBe("not_found")
    expect(normalizeError(new FakeFetchError("Conflict", "Conflict", 409)).kind).toBe("conflict")
  })

  it("drops the bare status text of server errors", () => {
    expect(normalizeError(new FakeFetchError("Internal Server Error", "Internal Server Error", 500))).toEqual({
      kind: "server",
      status: 500,
      message: "",
    })
  })

  it("recognises network failures", () => {
    const error = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })
    expect(normalizeError(error).kind).toBe("network")
  })

  it("handles non-errors", () => {
    expect(normalizeError("boom")).toEqual({ kind: "unknown", status: null, message: "boom" })
    expect(normalizeError(undefined)).toEqual({ kind: "unknown", status: null, message: "" })
  })
})

describe("describeError", () => {
  it("shows the backend explanation for validation errors", () => {
    const error = new FakeFetchError("Variant v_1 does not have the required inventory", "Bad Request", 400)
    expect(describeError(error, messages)).toBe("Variant v_1 does not have the required inventory")
  })

  it("uses localized texts for other kinds", () => {
    expect(describeError(new FakeFetchError("x", "Not Found", 404), messages)).toBe("notFound")
    expect(describeError(new FakeFetchError("x", "Unauthorized", 401), messages)).toBe("unauthorized")
    expect(describeError(new FakeFetchError("x", "Server", 503), messages)).toBe("server")
    expect(describeError(new TypeError("fetch failed"), messages)).toBe("network")
    expect(describeError({}, messages)).toBe("generic")
  })
})

describe("cleanMessage", () => {
  it("removes stack lines, collapses whitespace and caps the length", () => {
    expect(cleanMessage("Oops\n    at foo (bar.js:1:1)\n  at baz")).toBe("Oops")
    expect(cleanMessage("a   b\n c")).toBe("a b c")
    expect(cleanMessage("x".repeat(500))).toHaveLength(240)
    expect(cleanMessage(42)).toBe("")
  })
})
