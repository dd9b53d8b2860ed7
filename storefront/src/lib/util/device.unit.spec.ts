import { describe, expect, it } from "@jest/globals"
import { newDeviceId, validDeviceId } from "./device"

describe("device id", () => {
  it("is random, 128 bits, and in the form the backend accepts for x-device-id", () => {
    const ids = Array.from({ length: 200 }, newDeviceId)
    expect(new Set(ids).size).toBe(200)
    for (const id of ids) {
      expect(id).toMatch(/^dev_[0-9a-f]{32}$/)
      expect(validDeviceId(id)).toBe(true)
    }
  })

  it("refuses values the backend would ignore (too short, other characters, missing)", () => {
    for (const bad of [undefined, null, "", "short", "dev_abc def ghi", "a".repeat(101), "dev_<script>"]) {
      expect(validDeviceId(bad)).toBe(false)
    }
  })
})
