"use server"

import { getSdk } from "../config"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { normalizeError } from "../util/errors"
import { getAuthHeaders, getAuthToken, getDeviceHeaders } from "./cookies"

export type ReportTargetType = "listing" | "review" | "vendor"
export type ReportState = { status: "idle" | "sent" | "duplicate" | "signin" | "error"; message: string | null }

const TARGETS: ReportTargetType[] = ["listing", "review", "vendor"]
const REASONS = ["spam", "fraud", "prohibited", "offensive", "counterfeit", "other"] as const

/** Whether a customer is signed in (the Report form is for signed-in customers). */
export async function isSignedIn(): Promise<boolean> {
  return !!(await getAuthToken())
}

/**
 * Sends a report (`POST /store/reports`) of a listing (product or course), a review or a vendor by
 * the signed-in customer. A second open report of the same target answers 409: shown as "already
 * reported", not as an error.
 */
export async function submitReport(_prev: ReportState, formData: FormData): Promise<ReportState> {
  const dict = getDictionary(localeFrom(formData.get("locale"))).report
  const targetType = String(formData.get("target_type") ?? "") as ReportTargetType
  const targetId = String(formData.get("target_id") ?? "")
  const reason = String(formData.get("reason") ?? "")
  const details = String(formData.get("details") ?? "").trim().slice(0, 2000)
  if (!TARGETS.includes(targetType) || !/^[A-Za-z0-9_]{3,100}$/.test(targetId) || !(REASONS as readonly string[]).includes(reason)) {
    return { status: "error", message: dict.failed }
  }
  const auth = await getAuthHeaders()
  if (!auth.authorization) return { status: "signin", message: dict.signIn }
  try {
    await getSdk().client.fetch("/store/reports", {
      method: "POST",
      body: { target_type: targetType, target_id: targetId, reason, ...(details ? { details } : {}) },
      headers: { ...auth, ...(await getDeviceHeaders()) },
      cache: "no-store",
    })
    return { status: "sent", message: dict.sent }
  } catch (error) {
    const { kind } = normalizeError(error)
    if (kind === "conflict") return { status: "duplicate", message: dict.duplicate }
    if (kind === "unauthorized") return { status: "signin", message: dict.signIn }
    if (kind === "not_found") return { status: "error", message: dict.notFound }
    return { status: "error", message: dict.failed }
  }
}
