import { describe, expect, it } from "@jest/globals"
import en from "../../../messages/en.json"
import ru from "../../../messages/ru.json"

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") {
      entries.set(path, value)
    } else {
      for (const [childPath, childValue] of flatten(value, path)) {
        entries.set(childPath, childValue)
      }
    }
  }
  return entries
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

describe("message files", () => {
  const english = flatten(en as Tree)
  const russian = flatten(ru as Tree)

  it("have exactly the same keys", () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it("have no empty strings", () => {
    for (const [key, value] of [...english, ...russian]) {
      expect({ key, empty: value.trim().length === 0 }).toEqual({ key, empty: false })
    }
  })

  it("use the same placeholders in both languages", () => {
    for (const [key, value] of english) {
      expect({ key, placeholders: placeholders(russian.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(value) })
    }
  })

  it("contain Cyrillic text in the Russian file", () => {
    expect(russian.get("product.addToCart")).toMatch(/[А-Яа-яЁё]/)
  })
})
