// The benchmark catalogue: a deterministic generator of physical products in the catalog-import
// plugin's plan shape (`PlanProduct`, plugins/catalog-import/src/lib/types.ts), and the
// vocabulary the search benchmark draws its queries from.
//
// Interface (stable; the import itself lives in import-catalog.cjs):
//   benchProduct(i, { categoryIds })  → PlanProduct for product number i (same i, same product)
//   benchBatches(count, batchSize)    → [{ index, from, to }] blocks of product numbers
//   BENCH_HANDLE_PREFIX, VOCABULARY, CATEGORY_OF_NOUN
// Product i has handle `bench-<i>` and SKUs `BENCH-<i>-<n>`; about 30 % have 2–3 size variants,
// prices in EUR and USD, stock (about 10 % sold out), one category.

export const BENCH_HANDLE_PREFIX = "bench-"

const ADJECTIVES = [
  "compact", "classic", "modern", "rustic", "vintage", "premium", "lightweight", "heavy-duty", "foldable",
  "portable", "handmade", "minimal", "smart", "wireless", "organic", "waterproof", "ergonomic", "cozy",
  "sturdy", "elegant", "nordic", "retro", "industrial", "soft", "durable", "slim", "oversized", "quiet",
  "bright", "travel",
]
const MATERIALS = [
  "oak", "walnut", "bamboo", "ceramic", "stoneware", "linen", "cotton", "merino", "alpaca", "leather",
  "steel", "aluminium", "brass", "copper", "glass", "marble", "cork", "felt", "wool", "silicone",
  "canvas", "denim", "velvet", "rattan", "concrete",
]
/** Nouns by the demo category they belong to (seed categories: home-living, electronics, fashion). */
export const CATEGORY_OF_NOUN = {
  lamp: "home-living", mug: "home-living", vase: "home-living", candle: "home-living", blanket: "home-living",
  cushion: "home-living", teapot: "home-living", bowl: "home-living", shelf: "home-living", rug: "home-living",
  clock: "home-living", planter: "home-living", tray: "home-living", basket: "home-living",
  headphones: "electronics", earbuds: "electronics", speaker: "electronics", keyboard: "electronics",
  mouse: "electronics", charger: "electronics", webcam: "electronics", monitor: "electronics", router: "electronics",
  tablet: "electronics", powerbank: "electronics", microphone: "electronics", projector: "electronics",
  jacket: "fashion", sweater: "fashion", beanie: "fashion", scarf: "fashion", gloves: "fashion", sneakers: "fashion",
  backpack: "fashion", wallet: "fashion", belt: "fashion", socks: "fashion", shirt: "fashion", cap: "fashion", boots: "fashion",
}
const NOUNS = Object.keys(CATEGORY_OF_NOUN)
const COLOURS = ["black", "white", "grey", "navy", "olive", "sand", "rust", "forest", "plum", "coral", "mint", "charcoal"]
const SIZES = [
  ["S", "M", "L"],
  ["Small", "Large"],
  ["38", "40", "42"],
]
const PHRASES = [
  "made to last for years",
  "designed in Hamburg and produced in small batches",
  "easy to clean and simple to store",
  "a favourite gift for friends and family",
  "tested for everyday use at home and on the road",
  "finished by hand with natural oils",
  "packed plastic-free in recycled cardboard",
  "covered by a two-year warranty",
]

/** The words the search benchmark builds its queries from. */
export const VOCABULARY = { adjectives: ADJECTIVES, materials: MATERIALS, nouns: NOUNS, colours: COLOURS }

/** A small deterministic PRNG (mulberry32) seeded by the product number. */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const pick = (r, list) => list[Math.floor(r() * list.length)]
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1)

/**
 * Product number `i` as a plan product of the catalog-import plugin.
 * @param {number} i
 * @param {{ categoryIds: Record<string, string> }} ctx category id by handle
 */
export function benchProduct(i, { categoryIds }) {
  const r = rng(i * 2654435761 + 7)
  const adjective = pick(r, ADJECTIVES)
  const material = pick(r, MATERIALS)
  const noun = pick(r, NOUNS)
  const colour = pick(r, COLOURS)
  const title = `${cap(adjective)} ${cap(material)} ${cap(noun)} in ${cap(colour)}`
  const description = `A ${adjective} ${noun} in ${colour} ${material}, ${pick(r, PHRASES)}; ${pick(r, PHRASES)}.`
  const eur = Math.round((5 + r() * r() * 495) * 100) / 100
  const usd = Math.round(eur * 1.08 * 100) / 100
  const soldOut = r() < 0.1
  const sizes = r() < 0.3 ? pick(r, SIZES) : null
  const handle = `${BENCH_HANDLE_PREFIX}${i}`
  const category = categoryIds[CATEGORY_OF_NOUN[noun]]
  const variant = (n, title, options, step) => ({
    row: i + 1,
    sku: `BENCH-${i}-${n}`,
    title,
    options,
    prices: [
      { currency_code: "eur", amount: Math.round((eur + step) * 100) / 100 },
      { currency_code: "usd", amount: Math.round((usd + step) * 100) / 100 },
    ],
    inventory_quantity: soldOut ? 0 : 1 + Math.floor(r() * 200),
  })
  return {
    row: i + 1,
    handle,
    title,
    description,
    status: "published",
    kind: "product",
    category_ids: category ? [category] : [],
    image_urls: [],
    // Without options, as the import's validation does: Medusa's "Default option".
    options: sizes ? [{ title: "Size", values: sizes }] : [{ title: "Default option", values: ["Default option value"] }],
    variants: sizes
      ? sizes.map((s, n) => variant(n, s, { Size: s }, n * 5))
      : [variant(0, "Default", { "Default option": "Default option value" }, 0)],
  }
}

/** Product numbers [0, count) in consecutive blocks of `batchSize`. */
export function benchBatches(count, batchSize) {
  const out = []
  for (let from = 0, index = 0; from < count; from += batchSize, index++) {
    out.push({ index, from, to: Math.min(count, from + batchSize) })
  }
  return out
}
