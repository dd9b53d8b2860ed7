/**
 * Text rules for listings and reviews: profanity (English and Russian), contact details and
 * off-platform payment, and a configurable list of prohibited items. Pure and synchronous
 * (no I/O, no dependencies): `import { checkText } from "@vitrina/trust-safety/lib/text-rules"`.
 */

export type Verdict = "approve" | "review" | "reject"
export type RuleCode = "profanity" | "contact_email" | "contact_phone" | "contact_messenger" | "external_link" | "off_platform_payment" | "prohibited_item"
export type TextReason = { rule: RuleCode; verdict: Exclude<Verdict, "approve">; match: string }
export type TextCheck = { verdict: Verdict; reasons: TextReason[]; score: number }

export type TextRuleOptions = {
  /** Extra prohibited terms (words or phrases, any language), added to the defaults unless `replace_default_prohibited`. */
  prohibited_items?: string[]
  replace_default_prohibited?: boolean
  /** What a prohibited item leads to (default "reject"). */
  prohibited_verdict?: Exclude<Verdict, "approve">
  /** What contact details, links and off-platform payment lead to (default "review"). */
  contact_verdict?: Exclude<Verdict, "approve">
  /** What profanity leads to (default "review"). */
  profanity_verdict?: Exclude<Verdict, "approve">
  /** Hosts that may be linked (e.g. the platform's own domain). */
  allowed_link_hosts?: string[]
}

export const DEFAULT_PROHIBITED_ITEMS = [
  "counterfeit", "replica watch", "fake passport", "fake id", "fake diploma", "cocaine", "heroin", "methamphetamine",
  "firearm", "handgun", "ammunition", "explosives", "stolen", "ivory",
  "подделка", "поддельный паспорт", "поддельный диплом", "купить диплом", "наркотики", "оружие", "боеприпасы", "взрывчатка",
]

// Word-start boundary that works for Cyrillic too (\b is ASCII-only in JS regular expressions).
const B = "(?<![\\p{L}\\p{N}])"
const E = "(?![\\p{L}\\p{N}])"

/** Whole words (with common inflections for stems marked by a trailing *). */
const PROFANITY_EN = ["fuck*", "shit*", "bitch*", "cunt*", "motherfucker*", "asshole*", "bastard*", "dickhead*", "wank*", "slut*", "whore*"]
const PROFANITY_RU_STEMS = ["ху[йяеёи]", "пизд", "(?:за|на|по|вы|у|от|при|пере)?[её]б(?:ан|ат|ал|ну|уч|ло|ар)", "бля(?:д|т)?", "сук[аиу]", "мудак", "мудил", "гондон", "долбо[её]б", "шлюх"]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const PROFANITY = new RegExp(
  [
    ...PROFANITY_EN.map((w) => (w.endsWith("*") ? `${B}${escape(w.slice(0, -1))}\\p{L}*` : `${B}${escape(w)}${E}`)),
    ...PROFANITY_RU_STEMS.map((s) => `${B}${s}\\p{L}*`),
  ].join("|"),
  "giu"
)

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu
/** "name (at) gmail (dot) com", "name собака mail точка ru". */
const OBFUSCATED_EMAIL = /[\p{L}\p{N}._-]+\s*[([{]?\s*(?:at|собака)\s*[)\]}]?\s*[\p{L}\p{N}-]+\s*[([{]?\s*(?:dot|точка)\s*[)\]}]?\s*\p{L}{2,}/giu
/** 9 or more digits, possibly separated by spaces, dots, dashes, parentheses, with an optional leading +. */
const PHONE = /(?<![\p{L}\p{N}])\+?\d(?:[\s().-]{0,2}\d){8,14}(?![\p{L}\p{N}])/gu
const MESSENGERS = new RegExp(
  `${B}(?:telegram|whats\\s?app|viber|signal\\s+me|wechat|skype|snapchat|kik|line\\s+id|телеграм\\p{L}*|телега|ватсап\\p{L}*|вотсап\\p{L}*|вайбер\\p{L}*|скайп\\p{L}*)${E}|(?:t\\.me|wa\\.me|telegram\\.me|viber\\.click|m\\.me)\\/\\S+|(?<![\\p{L}\\p{N}.@])@[A-Za-z][A-Za-z0-9_]{4,31}${E}`,
  "giu"
)
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu
const PAY_WORDS = "(?:pay|paid|payment|send\\s+money|transfer|wire|deposit|оплат\\p{L}*|плат\\p{L}*|перевод\\p{L}*|переве\\p{L}*|перечисл\\p{L}*)"
const PAY_CHANNELS =
  "(?:paypal|western\\s+union|moneygram|crypto\\p{L}*|bitcoin|btc|usdt|ethereum|eth|bank\\s+transfer|wire\\s+transfer|zelle|venmo|cash\\s?app|qiwi|ю\\s?money|карт[уеы]|крипт\\p{L}*|биткоин\\p{L}*)"
const OFF_PLATFORM = new RegExp(
  `${B}${PAY_WORDS}[^.!?\\n]{0,40}?${B}${PAY_CHANNELS}${E}|${B}${PAY_CHANNELS}${E}[^.!?\\n]{0,30}?${B}${PAY_WORDS}|${B}(?:western\\s+union|moneygram|paypal\\.me|вне\\s+площадки|напрямую\\s+мне|pay\\s+(?:me\\s+)?directly|outside\\s+(?:the\\s+)?(?:platform|site))${E}`,
  "giu"
)

const normalize = (text: string) => text.normalize("NFKC")

const termCache = new Map<string, RegExp | null>()

/** A prohibited term as a regular expression, compiled once (a batch of an import checks thousands of listings). */
function termRegExp(term: string) {
  if (termCache.has(term)) return termCache.get(term)!
  if (termCache.size > 10_000) termCache.clear()
  const re = compileTerm(term)
  termCache.set(term, re)
  return re
}

function compileTerm(term: string) {
  const words = normalize(term).trim().toLowerCase().split(/\s+/).filter(Boolean).map(escape)
  return words.length ? new RegExp(`${B}${words.join("[\\s\\-_]+")}${E}`, "iu") : null
}

const rank: Record<Verdict, number> = { approve: 0, review: 1, reject: 2 }
const SCORE: Record<Verdict, number> = { approve: 0, review: 0.6, reject: 1 }

/** The strictest of several verdicts. */
export const worstVerdict = (...verdicts: Verdict[]): Verdict => verdicts.reduce((a, b) => (rank[b] > rank[a] ? b : a), "approve" as Verdict)

/** Checks a text (title, description, review, …) against the rules; the verdict is the strictest rule that fired. */
export function checkText(input: string | (string | null | undefined)[], options: TextRuleOptions = {}): TextCheck {
  const text = normalize([input].flat().filter((s): s is string => typeof s === "string" && s.length > 0).join("\n")).slice(0, 100_000)
  const reasons: TextReason[] = []
  const seen = new Set<string>()
  const add = (rule: RuleCode, verdict: TextReason["verdict"], match: string) => {
    const key = `${rule}:${match.toLowerCase()}`
    if (seen.has(key) || reasons.length >= 50) return
    seen.add(key)
    reasons.push({ rule, verdict, match: match.trim().slice(0, 100) })
  }
  const contact = options.contact_verdict ?? "review"
  const allowed = (options.allowed_link_hosts ?? []).map((h) => h.toLowerCase())

  for (const m of text.matchAll(PROFANITY)) add("profanity", options.profanity_verdict ?? "review", m[0])
  for (const m of text.matchAll(EMAIL)) add("contact_email", contact, m[0])
  for (const m of text.matchAll(OBFUSCATED_EMAIL)) add("contact_email", contact, m[0])
  for (const m of text.matchAll(PHONE)) add("contact_phone", contact, m[0])
  for (const m of text.matchAll(MESSENGERS)) add("contact_messenger", contact, m[0])
  for (const m of text.matchAll(OFF_PLATFORM)) add("off_platform_payment", contact, m[0])
  for (const m of text.matchAll(URL_RE)) {
    let host = ""
    try {
      host = new URL(m[0].startsWith("www.") ? `http://${m[0]}` : m[0]).hostname.toLowerCase()
    } catch {
      host = ""
    }
    if (host && allowed.some((h) => host === h || host.endsWith(`.${h}`))) continue
    add("external_link", contact, m[0])
  }
  const terms = [...(options.replace_default_prohibited ? [] : DEFAULT_PROHIBITED_ITEMS), ...(options.prohibited_items ?? [])]
  for (const term of terms) {
    const re = termRegExp(term)
    const m = re ? re.exec(text) : null
    if (m) add("prohibited_item", options.prohibited_verdict ?? "reject", m[0])
  }
  const verdict = worstVerdict(...reasons.map((r) => r.verdict))
  return { verdict, reasons, score: SCORE[verdict] }
}
