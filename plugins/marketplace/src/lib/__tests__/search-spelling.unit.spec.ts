import { correctQuery, editDistance, maxTypos, Vocabulary, words } from "../search-spelling"

const chars = (s: string) => [...s]
const vocabulary = new Vocabulary([
  { word: "walnut", docs: 900 },
  { word: "lamp", docs: 1200 },
  { word: "lamb", docs: 3 },
  { word: "headphones", docs: 40 },
  { word: "rustic", docs: 700 },
  { word: "kitchen", docs: 50 },
  { word: "sand", docs: 500 },
  { word: "лампа", docs: 7 },
  { word: "t", docs: 2 },
  { word: "shirt", docs: 2 },
])

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions as one typo each", () => {
    expect(editDistance(chars("lamp"), chars("lamp"), 2)).toBe(0)
    expect(editDistance(chars("lmap"), chars("lamp"), 2)).toBe(1)
    expect(editDistance(chars("lam"), chars("lamp"), 2)).toBe(1)
    expect(editDistance(chars("lammp"), chars("lamp"), 2)).toBe(1)
    expect(editDistance(chars("lanp"), chars("lamp"), 2)).toBe(1)
    expect(editDistance(chars("walnot"), chars("walnut"), 2)).toBe(1)
    expect(editDistance(chars("hedphoens"), chars("headphones"), 2)).toBe(2)
  })

  it("stops at the limit", () => {
    expect(editDistance(chars("kitchen"), chars("walnut"), 1)).toBe(2)
    expect(editDistance(chars("a"), chars("abcdef"), 2)).toBe(3)
  })

  it("counts a Cyrillic letter as one", () => {
    expect(editDistance(chars("ламап"), chars("лампа"), 1)).toBe(1)
  })
})

describe("maxTypos", () => {
  it("allows none below 3 letters, one up to 7, two from 8", () => {
    expect([maxTypos("ab"), maxTypos("abc"), maxTypos("abcdefg"), maxTypos("abcdefgh")]).toEqual([0, 1, 1, 2])
  })
})

describe("words", () => {
  it("splits on anything that is not a letter or digit, lower-cased", () => {
    expect(words("Walnut-LAMP, 2x  лампа!")).toEqual(["walnut", "lamp", "2x", "лампа"])
  })
})

describe("correctQuery", () => {
  it("corrects each word to the closest known word", () => {
    expect(correctQuery(vocabulary, "walnot lmap")).toEqual({ q: "walnut lamp", changed: true, resolved: true, dropped: [] })
    expect(correctQuery(vocabulary, "hedphoens")).toEqual({ q: "headphones", changed: true, resolved: true, dropped: [] })
    // a 4-letter word with a dropped letter
    expect(correctQuery(vocabulary, "snd").q).toBe("sand")
    expect(correctQuery(vocabulary, "ламап").q).toBe("лампа")
  })

  it("prefers the word found in more listings among equally close ones", () => {
    // "lamq" is one typo from both "lamp" (1,200 listings) and "lamb" (3).
    expect(correctQuery(vocabulary, "lamq").q).toBe("lamp")
  })

  it("keeps known words and the original text when nothing changes", () => {
    expect(correctQuery(vocabulary, "Rustic Lamp")).toEqual({ q: "Rustic Lamp", changed: false, resolved: true, dropped: [] })
    expect(correctQuery(vocabulary, "lamb")).toEqual({ q: "lamb", changed: false, resolved: true, dropped: [] })
  })

  it("leaves a query unresolved when a word is neither known nor close to one", () => {
    expect(correctQuery(vocabulary, "walnot zebra")).toEqual({ q: "walnut zebra", changed: true, resolved: false, dropped: [] })
    expect(correctQuery(vocabulary, "xyz").resolved).toBe(false)
    expect(correctQuery(vocabulary, "  ").resolved).toBe(false)
  })

  it("drops words that match nothing when the vocabulary is current, but never every word", () => {
    expect(correctQuery(vocabulary, "walnot zebra", { dropUnknown: true })).toEqual({ q: "walnut", changed: true, resolved: true, dropped: ["zebra"] })
    expect(correctQuery(vocabulary, "zebra quokka", { dropUnknown: true })).toMatchObject({ resolved: false, dropped: [] })
  })

  it("does not correct words under 3 letters", () => {
    expect(correctQuery(vocabulary, "la").resolved).toBe(false)
  })

  it("takes the last word as a prefix when asked", () => {
    expect(correctQuery(vocabulary, "rustic kitc", { prefixLast: true })).toEqual({ q: "rustic kitc", changed: false, resolved: true, dropped: [] })
    expect(correctQuery(vocabulary, "rustic kicth", { prefixLast: true })).toEqual({ q: "rustic kitch", changed: true, resolved: true, dropped: [] })
    expect(correctQuery(vocabulary, "rustic kitc").resolved).toBe(false)
  })
})

describe("Vocabulary.hasPrefix", () => {
  it("finds exactly the prefixes of known words, by binary search over a large vocabulary", () => {
    const letters = "abcdeёжз"
    const entries: { word: string; docs: number }[] = []
    let seed = 7
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let i = 0; i < 5000; i++) {
      const len = 3 + rand(6)
      entries.push({ word: Array.from({ length: len }, () => letters[rand(letters.length)]).join(""), docs: 1 })
    }
    const vocabulary = new Vocabulary(entries)
    const known = entries.map((e) => e.word)
    for (let i = 0; i < 2000; i++) {
      const probe = Array.from({ length: 1 + rand(5) }, () => letters[rand(letters.length)]).join("")
      expect([probe, vocabulary.hasPrefix(probe)]).toEqual([probe, known.some((w) => w.startsWith(probe))])
    }
    expect(vocabulary.hasPrefix(known[0])).toBe(true)
    expect(vocabulary.hasPrefix("zzz")).toBe(false)
  })
})
