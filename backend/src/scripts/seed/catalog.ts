import type { Shape } from "./media"

/** Demo catalog: who sells what. Prices are in major units (Medusa 2), EUR and USD. */

export type DemoOption = { title: string; values: string[] }
export type DemoProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  hue: number
  shape: Shape
  options: DemoOption[]
  eur: number
  usd: number
  weight: number
}
export type DemoCourse = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  hue: number
  eur: number
  usd: number
  level: "beginner" | "intermediate" | "advanced"
  language: "en" | "ru"
}
export type DemoVendor = {
  handle: string
  name: string
  kind: "seller" | "teacher"
  verified: boolean
  country_code: string
  currency_code: string
  description: string
  owner: { email: string; name: string; password?: string }
  products?: DemoProduct[]
  courses?: DemoCourse[]
}

export const DEMO_PASSWORDS = {
  operator: { email: "admin@vitrina.local", password: "vitrina-admin" },
  seller: { email: "seller@vitrina.local", password: "vitrina-seller" },
  teacher: { email: "teacher@vitrina.local", password: "vitrina-teacher" },
  customer: { email: "customer@vitrina.local", password: "vitrina-customer" },
} as const

export const CATEGORIES = [
  { handle: "home-living", name: "Home & Living", description: "Things that make a home." },
  { handle: "electronics", name: "Electronics", description: "Gadgets, audio and accessories." },
  { handle: "fashion", name: "Fashion", description: "Clothing and accessories." },
  { handle: "courses", name: "Courses", description: "Online courses by independent teachers." },
  { handle: "programming", name: "Programming", description: "Software development courses.", parent: "courses" },
  { handle: "languages", name: "Languages", description: "Language courses.", parent: "courses" },
  { handle: "design", name: "Design", description: "Design courses.", parent: "courses" },
] as const

const colors = (values: string[]): DemoOption => ({ title: "Color", values })
const sizes = (values: string[]): DemoOption => ({ title: "Size", values })

export const VENDORS: DemoVendor[] = [
  {
    handle: "nordlicht-home",
    name: "Nordlicht Home",
    kind: "seller",
    verified: true,
    country_code: "de",
    currency_code: "eur",
    description: "Small-batch homeware from a studio in Hamburg: ceramics, linen and light.",
    owner: { email: DEMO_PASSWORDS.seller.email, name: "Lena Fischer", password: DEMO_PASSWORDS.seller.password },
    products: [
      { handle: "ceramic-pour-over-set", title: "Ceramic Pour-Over Set", subtitle: "Dripper, carafe and two cups", description: "A hand-glazed stoneware pour-over set for slow mornings. Dishwasher safe; each piece is slightly different.", category: "home-living", hue: 25, shape: "circle", options: [colors(["Sand", "Charcoal"])], eur: 59, usd: 65, weight: 1800 },
      { handle: "linen-throw-blanket", title: "Linen Throw Blanket", subtitle: "Stone-washed European linen", description: "A soft, breathable throw in stone-washed linen, 130 × 170 cm. Gets softer with every wash.", category: "home-living", hue: 150, shape: "square", options: [colors(["Sage", "Oat", "Rust"])], eur: 89, usd: 99, weight: 1200 },
      { handle: "oak-desk-lamp", title: "Oak Desk Lamp", subtitle: "Solid oak, warm dimmable LED", description: "A compact desk lamp turned from solid oak with a linen shade and a warm, dimmable LED.", category: "home-living", hue: 40, shape: "diamond", options: [sizes(["Small", "Large"])], eur: 129, usd: 139, weight: 2100 },
      { handle: "stoneware-mug-set", title: "Stoneware Mug Set", subtitle: "Four mugs, 350 ml", description: "Four speckled stoneware mugs with a satin glaze. Microwave and dishwasher safe.", category: "home-living", hue: 200, shape: "ring", options: [colors(["Speckled White", "Midnight Blue"])], eur: 42, usd: 46, weight: 1600 },
      { handle: "soy-wax-candle", title: "Soy Wax Candle", subtitle: "Cedar & bergamot, 45 h burn", description: "Hand-poured soy wax candle in a reusable amber glass with a cotton wick.", category: "home-living", hue: 32, shape: "circle", options: [sizes(["200 g", "400 g"])], eur: 24, usd: 27, weight: 500 },
    ],
  },
  {
    handle: "volt-and-byte",
    name: "Volt & Byte",
    kind: "seller",
    verified: false,
    country_code: "nl",
    currency_code: "eur",
    description: "Audio and desk gear we use ourselves, shipped from Rotterdam.",
    owner: { email: "ops@voltandbyte.example", name: "Daan de Vries" },
    products: [
      { handle: "wireless-earbuds-pro", title: "Wireless Earbuds Pro", subtitle: "ANC, 30 h battery", description: "True wireless earbuds with active noise cancelling, transparency mode and a wireless charging case.", category: "electronics", hue: 220, shape: "circle", options: [colors(["Black", "White"])], eur: 149, usd: 159, weight: 300 },
      { handle: "mechanical-keyboard-k87", title: "Mechanical Keyboard K87", subtitle: "Tenkeyless, hot-swap switches", description: "A tenkeyless aluminium keyboard with hot-swappable switches, PBT keycaps and USB-C.", category: "electronics", hue: 260, shape: "square", options: [{ title: "Switch", values: ["Linear", "Tactile"] }, colors(["Graphite", "Silver"])], eur: 119, usd: 129, weight: 1100 },
      { handle: "usb-c-charging-hub", title: "USB-C Charging Hub", subtitle: "100 W, 4 ports", description: "A GaN charger with two USB-C and two USB-A ports, up to 100 W shared.", category: "electronics", hue: 190, shape: "square", options: [colors(["Black"])], eur: 59, usd: 64, weight: 350 },
      { handle: "smart-fitness-band", title: "Smart Fitness Band", subtitle: "Heart rate, sleep, GPS", description: "A light fitness band with heart-rate and sleep tracking, built-in GPS and 10-day battery.", category: "electronics", hue: 140, shape: "ring", options: [colors(["Black", "Coral", "Mint"])], eur: 79, usd: 85, weight: 150 },
      { handle: "portable-bluetooth-speaker", title: "Portable Bluetooth Speaker", subtitle: "Waterproof, 20 h", description: "A rugged IP67 speaker with deep bass and 20 hours of play time.", category: "electronics", hue: 0, shape: "diamond", options: [colors(["Red", "Blue"])], eur: 69, usd: 75, weight: 650 },
    ],
  },
  {
    handle: "merino-trail",
    name: "Merino Trail",
    kind: "seller",
    verified: true,
    country_code: "at",
    currency_code: "eur",
    description: "Merino and alpaca outdoor clothing knitted in the Alps.",
    owner: { email: "hello@merinotrail.example", name: "Jakob Huber" },
    products: [
      { handle: "merino-base-layer", title: "Merino Base Layer", subtitle: "200 g/m² long sleeve", description: "A soft merino long-sleeve base layer that stays warm when wet and does not smell after days on the trail.", category: "fashion", hue: 170, shape: "square", options: [sizes(["S", "M", "L", "XL"]), colors(["Forest", "Black"])], eur: 79, usd: 85, weight: 250 },
      { handle: "alpaca-beanie", title: "Alpaca Beanie", subtitle: "Hand-knitted", description: "A warm, itch-free beanie hand-knitted from baby alpaca wool.", category: "fashion", hue: 300, shape: "circle", options: [colors(["Plum", "Natural", "Grey"])], eur: 35, usd: 39, weight: 100 },
      { handle: "trail-running-cap", title: "Trail Running Cap", subtitle: "Light and packable", description: "A featherweight running cap with a foldable brim and a merino sweatband.", category: "fashion", hue: 90, shape: "diamond", options: [sizes(["S/M", "L/XL"])], eur: 29, usd: 32, weight: 60 },
      { handle: "wool-felt-slippers", title: "Wool Felt Slippers", subtitle: "Boiled wool, leather sole", description: "Boiled wool slippers with a suede sole: warm feet, quiet steps.", category: "fashion", hue: 15, shape: "ring", options: [sizes(["38", "40", "42", "44"])], eur: 49, usd: 55, weight: 400 },
    ],
  },
  {
    handle: "codecraft-school",
    name: "CodeCraft School",
    kind: "teacher",
    verified: true,
    country_code: "de",
    currency_code: "eur",
    description: "Practical software courses by working engineers.",
    owner: { email: DEMO_PASSWORDS.teacher.email, name: "Max Becker", password: DEMO_PASSWORDS.teacher.password },
    courses: [
      { handle: "typescript-zero-to-production", title: "TypeScript: Zero to Production", subtitle: "From types to a deployed API", description: "Learn TypeScript by building and deploying a real API: types, generics, testing, and production tooling.", category: "programming", hue: 210, eur: 79, usd: 89, level: "beginner", language: "en" },
      { handle: "build-a-marketplace-with-medusa", title: "Build a Marketplace with Medusa", subtitle: "Modules, workflows and links", description: "Build a multi-vendor marketplace on Medusa v2: custom modules, links, workflows and a Next.js storefront.", category: "programming", hue: 265, eur: 129, usd: 139, level: "advanced", language: "en" },
      { handle: "ui-design-fundamentals", title: "UI Design Fundamentals", subtitle: "Layout, type and colour", description: "Design clean, accessible interfaces: grids, typography, colour and components.", category: "design", hue: 330, eur: 59, usd: 65, level: "beginner", language: "en" },
    ],
  },
  {
    handle: "anna-petrova-academy",
    name: "Anna Petrova Academy",
    kind: "teacher",
    verified: false,
    country_code: "de",
    currency_code: "eur",
    description: "Language courses in Russian and English for busy adults.",
    owner: { email: "anna@petrova.example", name: "Anna Petrova" },
    courses: [
      { handle: "russian-for-beginners", title: "Russian for Beginners", subtitle: "Read, speak and understand in 8 weeks", description: "Start speaking Russian from the first lesson: alphabet, pronunciation, everyday conversations.", category: "languages", hue: 5, eur: 49, usd: 55, level: "beginner", language: "ru" },
      { handle: "business-english-b2", title: "Business English B2", subtitle: "Meetings, e-mails and negotiations", description: "Speak confidently at work: meetings, presentations, e-mails and negotiations at B2 level.", category: "languages", hue: 45, eur: 69, usd: 75, level: "intermediate", language: "en" },
    ],
  },
]

/** All combinations of option values: [{Color: "Sand", Size: "S"}, ...]. */
export function optionCombinations(options: DemoOption[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (acc, opt) => acc.flatMap((combo) => opt.values.map((v) => ({ ...combo, [opt.title]: v }))),
    [{}]
  )
}
