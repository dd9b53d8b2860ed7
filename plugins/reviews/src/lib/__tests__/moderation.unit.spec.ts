import { defaultReviewModeration, resolveVerdict } from "../moderation"

describe("default review moderation", () => {
  it("publishes plain text, multi-line text and numbers that are not phone numbers", () => {
    expect(defaultReviewModeration({ title: "Great mug", body: "Holds 350 ml.\nBought 2 of them in 2025." })).toEqual({ status: "published", reasons: [] })
    expect(defaultReviewModeration({ title: null, body: "Отличная кружка, 5 звёзд" }).status).toBe("published")
  })

  it.each([
    ["a link", "see https://cheap.example for more", "link"],
    ["a bare domain", "buy it at cheapmugs.com instead", "link"],
    ["www", "www.example.org", "link"],
    ["an e-mail", "write me: ada@example.test", "email"],
    ["a phone number", "call +49 (30) 123-45-67", "phone_number"],
    ["a control character", "zero\u200bwidth", "control_characters"],
  ])("sends a review with %s to pending", (_label, body, reason) => {
    const verdict = defaultReviewModeration({ title: "Title", body })
    expect(verdict.status).toBe("pending")
    expect(verdict.reasons).toContain(reason)
  })

  it("uses a hook handler's valid verdict and falls back to the default otherwise", () => {
    expect(resolveVerdict({ status: "rejected", reasons: ["profanity"] }, { title: null, body: "fine" })).toEqual({ status: "rejected", reasons: ["profanity"] })
    expect(resolveVerdict(undefined, { title: null, body: "fine" })).toEqual({ status: "published", reasons: [] })
    expect(resolveVerdict({ status: "maybe" }, { title: null, body: "mail a@b.cd" }).status).toBe("pending")
  })
})
