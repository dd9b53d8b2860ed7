import { checkText } from "../text-rules"

const rules = (text: string, options = {}) => checkText(text, options).reasons.map((r) => r.rule)

describe("listing text rules", () => {
  it("approves ordinary product and course texts in English and Russian", () => {
    for (const text of [
      "Solid oak dining chair, 45 x 50 x 90 cm, made in 2024",
      "Learn TypeScript from scratch: 42 lessons, quizzes and a certificate",
      "Небольшой письменный стол из дуба, ширина 120 см",
      "Курс для начинающих: сколько стоит ошибка в коде",
      "Learn Bitcoin and blockchain basics",
    ]) {
      expect(checkText(text)).toEqual({ verdict: "approve", reasons: [], score: 0 })
    }
  })

  it("sends profanity in English and Russian to review", () => {
    expect(rules("this is fucking great")).toEqual(["profanity"])
    expect(rules("ну ты и сука")).toEqual(["profanity"])
    expect(rules("Блядь, какой стол")).toEqual(["profanity"])
    expect(checkText("shit happens").verdict).toBe("review")
  })

  it("finds contact details: e-mails (also spelled out), phone numbers, messengers", () => {
    expect(rules("Write me at john.doe@gmail.com")).toContain("contact_email")
    expect(rules("john (at) gmail (dot) com")).toContain("contact_email")
    expect(rules("call +7 (916) 123-45-67 after six")).toContain("contact_phone")
    expect(rules("напишите в телеграм")).toContain("contact_messenger")
    expect(rules("ping me on WhatsApp")).toContain("contact_messenger")
    expect(rules("t.me/cheapdeals")).toContain("contact_messenger")
    expect(rules("my handle @seller_bob")).toContain("contact_messenger")
  })

  it("finds off-platform payment in English and Russian", () => {
    expect(rules("pay via PayPal and I ship faster")).toContain("off_platform_payment")
    expect(rules("Payment in crypto only")).toContain("off_platform_payment")
    expect(rules("send money by Western Union")).toContain("off_platform_payment")
    expect(rules("оплата переводом на карту")).toContain("off_platform_payment")
    expect(checkText("pay via western union").verdict).toBe("review")
  })

  it("rejects prohibited items, with a configurable list", () => {
    expect(checkText("Counterfeit designer bags").verdict).toBe("reject")
    expect(checkText("Купить диплом недорого").verdict).toBe("reject")
    expect(checkText("Vintage tobacco pipe").verdict).toBe("approve")
    const options = { prohibited_items: ["tobacco pipe"], prohibited_verdict: "review" as const }
    expect(checkText("Vintage Tobacco  Pipe", options)).toMatchObject({ verdict: "review", reasons: [{ rule: "prohibited_item" }] })
    expect(checkText("Counterfeit bags", { replace_default_prohibited: true }).verdict).toBe("approve")
  })

  it("flags external links except allowed hosts", () => {
    expect(rules("see https://cheap.example.com/deal")).toEqual(["external_link"])
    expect(rules("docs at https://docs.vitrina.local/x", { allowed_link_hosts: ["vitrina.local"] })).toEqual([])
  })

  it("takes several fields and reports the strictest verdict with every reason", () => {
    const result = checkText(["Oak chair", null, "counterfeit, pay via paypal"])
    expect(result.verdict).toBe("reject")
    expect(result.score).toBe(1)
    expect(result.reasons.map((r) => r.rule).sort()).toEqual(["off_platform_payment", "prohibited_item"])
  })
})
