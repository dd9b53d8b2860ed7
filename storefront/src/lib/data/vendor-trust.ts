"use server"

import { updateTag } from "next/cache"
import type { ActionState, VendorModerationCase, VendorVerification } from "../../types/vitrina"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { tags } from "./cache"
import { describePortalError, formText, isMissing, vendorGet, vendorSend } from "./vendor-request"

const DOCUMENT_TYPES = ["identity", "business_registration", "qualification"]

/** The signed-in vendor's verification (null while the backend has no trust & safety plugin). */
export async function getMyVerification(): Promise<VendorVerification | null> {
  try {
    const { verification } = await vendorGet<{ verification: VendorVerification }>("/vendor/verification", [tags.vendorVerification])
    return verification
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** The vendor's listings that moderation holds back (pending manual review or rejected). */
export async function listMyModerationCases(): Promise<VendorModerationCase[]> {
  try {
    const { cases } = await vendorGet<{ cases: VendorModerationCase[] }>("/vendor/moderation", [tags.vendorModeration])
    return cases
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}

/** Uploads one document (multipart `type` + `file`); the backend checks it by content. */
export async function uploadVerificationDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const type = formText(formData, "type")
  const file = formData.get("file")
  if (!DOCUMENT_TYPES.includes(type) || !(file instanceof File) || file.size === 0) {
    return { error: dict.portal.verification.noFile }
  }
  const body = new FormData()
  body.append("type", type)
  body.append("file", file, file.name)
  try {
    await vendorSend("/vendor/verification/documents", "POST", body)
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  updateTag(tags.vendorVerification)
  return { error: null, success: true }
}

export async function deleteVerificationDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  const id = formText(formData, "id")
  if (!/^vdoc_[0-9A-Za-z]{1,60}$/.test(id)) return { error: dict.errors.notFound }
  try {
    await vendorSend(`/vendor/verification/documents/${id}`, "DELETE")
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  updateTag(tags.vendorVerification)
  return { error: null, success: true }
}

export async function submitVerification(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dict = getDictionary(localeFrom(formData.get("locale")))
  try {
    await vendorSend("/vendor/verification/submit", "POST", {})
  } catch (error) {
    return { error: describePortalError(error, dict) }
  }
  updateTag(tags.vendorVerification)
  return { error: null, success: true }
}
