import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "../../lib/data/vendor-auth"
import type { Locale } from "../../lib/i18n/config"
import { localizePath } from "../../lib/i18n/config"
import { pageMetadata } from "../../lib/metadata"
import type { VendorSession } from "../../types/vitrina"

/** The signed-in vendor, or a redirect to the portal's sign-in page. */
export async function requireVendorSession(locale: Locale): Promise<VendorSession> {
  const session = await retrieveVendorSession()
  if (!session) {
    redirect(localizePath(locale, "/vendor/login"))
  }
  return session
}

/** Portal pages are private: never indexed. */
export function portalMetadata(locale: Locale, path: string, title: string, description?: string): Metadata {
  return pageMetadata({ locale, path, title, description, noIndex: true })
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
