/**
 * Normalises whatever the Medusa js-sdk (or `fetch` itself) throws into one shape.
 * The sdk throws `FetchError` (message, statusText, status) for HTTP errors and lets
 * network failures through as `TypeError: fetch failed` with a `cause` such as ECONNREFUSED.
 * Pure module: safe for unit tests.
 */
export type ErrorKind =
  | "network"
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "server"
  | "unknown"

export type NormalizedError = {
  kind: ErrorKind
  status: number | null
  /** A short human-readable message from the backend, cleaned up; may be empty. */
  message: string
}

type ErrorLike = {
  message?: unknown
  status?: unknown
  statusText?: unknown
  cause?: unknown
  code?: unknown
  name?: unknown
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
])

function asErrorLike(value: unknown): ErrorLike | null {
  return typeof value === "object" && value !== null ? (value as ErrorLike) : null
}

function isNetworkFailure(error: ErrorLike): boolean {
  if (typeof error.code === "string" && NETWORK_CODES.has(error.code)) {
    return true
  }
  const cause = asErrorLike(error.cause)
  if (cause && typeof cause.code === "string" && NETWORK_CODES.has(cause.code)) {
    return true
  }
  return error.name === "TypeError" && error.message === "fetch failed"
}

function kindFromStatus(status: number): ErrorKind {
  if (status === 400 || status === 422) return "validation"
  if (status === 401) return "unauthorized"
  if (status === 403) return "forbidden"
  if (status === 404) return "not_found"
  if (status === 409) return "conflict"
  if (status >= 500) return "server"
  return "unknown"
}

/** Trims, drops stack-trace lines and caps the length of a backend message. */
export function cleanMessage(raw: unknown): string {
  if (typeof raw !== "string") {
    return ""
  }
  const firstLines = raw
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("at "))
    .slice(0, 3)
    .join(" ")
  const text = firstLines.replace(/\s+/g, " ").trim()
  return text.length > 240 ? `${text.slice(0, 237)}...` : text
}

export function normalizeError(error: unknown): NormalizedError {
  const like = asErrorLike(error)
  if (!like) {
    return { kind: "unknown", status: null, message: cleanMessage(error) }
  }
  if (typeof like.status === "number" && like.status >= 300) {
    const message = cleanMessage(like.message)
    const statusText = typeof like.statusText === "string" ? like.statusText : ""
    return {
      kind: kindFromStatus(like.status),
      status: like.status,
      message: message === statusText && like.status >= 500 ? "" : message,
    }
  }
  if (isNetworkFailure(like)) {
    return { kind: "network", status: null, message: "" }
  }
  return { kind: "unknown", status: null, message: cleanMessage(like.message) }
}

export function isNotFound(error: unknown): boolean {
  return normalizeError(error).kind === "not_found"
}

export function isUnauthorized(error: unknown): boolean {
  const kind = normalizeError(error).kind
  return kind === "unauthorized" || kind === "forbidden"
}

export type ErrorMessages = {
  generic: string
  network: string
  notFound: string
  unauthorized: string
  server: string
}

/**
 * Message for the visitor: validation/conflict errors show the backend's own explanation
 * (e.g. "Variant ... does not have the required inventory"); other kinds get a localized text.
 */
export function describeError(error: unknown, messages: ErrorMessages): string {
  const normalized = normalizeError(error)
  switch (normalized.kind) {
    case "network":
      return messages.network
    case "unauthorized":
    case "forbidden":
      return messages.unauthorized
    case "not_found":
      return messages.notFound
    case "server":
      return messages.server
    case "validation":
    case "conflict":
    case "unknown":
      return normalized.message || messages.generic
  }
}
