import { parseRange } from "../../api/lesson-media/[token]/route"
import { runs } from "../certificate-pdf"
import { signMediaToken, verifyMediaToken } from "../media-token"
import { CERTIFICATE_CODE, isWatchedEnough, newCertificateCode, normaliseCode, progressPercent } from "../progress"

describe("lesson media tokens", () => {
  const now = Date.UTC(2026, 0, 1)
  const token = signMediaToken("secret", { lesson_id: "lesson_1", customer_id: "cus_1" }, now)

  it("verifies its own token for two hours and then refuses it", () => {
    expect(verifyMediaToken("secret", token, now)).toEqual({ l: "lesson_1", c: "cus_1", e: now / 1000 + 7200 })
    expect(verifyMediaToken("secret", token, now + 7199_000)).not.toBeNull()
    expect(verifyMediaToken("secret", token, now + 7200_000)).toBeNull()
  })

  it("refuses another key, a changed payload or signature, and garbage", () => {
    const [payload, sig] = token.split(".")
    const other = Buffer.from(JSON.stringify({ l: "lesson_2", c: "cus_1", e: now / 1000 + 7200 })).toString("base64url")
    for (const bad of [`${other}.${sig}`, `${payload}.${sig.slice(1)}`, `${payload}.`, "x", "", "a.b.c", 42, null, "é.é"]) {
      expect(verifyMediaToken("secret", bad, now)).toBeNull()
    }
    expect(verifyMediaToken("other", token, now)).toBeNull()
  })
})

describe("Range header", () => {
  it("parses single byte ranges and refuses what cannot be served", () => {
    expect(parseRange(undefined, 100)).toBeNull()
    expect(parseRange("bytes=0-9", 100)).toEqual([0, 9])
    expect(parseRange("bytes=90-", 100)).toEqual([90, 99])
    expect(parseRange("bytes=-5", 100)).toEqual([95, 99])
    expect(parseRange("bytes=50-5000", 100)).toEqual([50, 99])
    for (const bad of ["bytes=100-", "bytes=9-3", "bytes=-", "bytes=0-1,5-6", "items=0-1", "bytes=-0"]) {
      expect(parseRange(bad, 100)).toBe("invalid")
    }
  })
})

describe("certificates and progress", () => {
  it("makes unguessable Crockford codes and accepts them in any case", () => {
    const codes = new Set(Array.from({ length: 200 }, newCertificateCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(CERTIFICATE_CODE)
    const code = [...codes][0]
    expect(normaliseCode(code.toLowerCase())).toBe(code)
    expect(normaliseCode("VTR-1234")).toBeNull()
    expect(normaliseCode(undefined)).toBeNull()
  })

  it("floors the completion percentage and completes videos at 90 %", () => {
    expect(progressPercent(2, 3)).toBe(66)
    expect(progressPercent(3, 3)).toBe(100)
    expect(progressPercent(0, 0)).toBe(0)
    expect(isWatchedEnough("video", 100, 90)).toBe(true)
    expect(isWatchedEnough("video", 100, 89)).toBe(false)
    expect(isWatchedEnough("text", 100, 100)).toBe(false)
  })

  it("splits text into runs per font subset so Cyrillic names render", () => {
    expect(runs("Анна Smith")).toEqual([
      { text: "Анна ", subset: "cyrillic" },
      { text: "Smith", subset: "latin" },
    ])
    expect(runs("Łukasz")).toEqual([{ text: "Ł", subset: "latin-ext" }, { text: "ukasz", subset: "latin" }])
  })
})
