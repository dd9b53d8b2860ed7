"use server"

import { updateTag } from "next/cache"
import type { CatalogImport } from "../../types/vitrina"
import { getDictionary, localeFrom } from "../i18n/dictionary"
import { readImport } from "../util/catalog-import"
import { tags } from "./cache"
import { describePortalError, isMissing, vendorGet, vendorSend } from "./vendor-request"

/** The signed-in vendor's recent catalogue imports, newest first (empty while the backend has no import API). */
export async function listMyImports(limit = 10): Promise<CatalogImport[]> {
  try {
    const { imports } = await vendorGet<{ imports: unknown[] }>("/vendor/catalog-imports", [tags.vendorImports], { limit })
    return imports.map(readImport).filter((i): i is CatalogImport => i !== null)
  } catch (error) {
    if (isMissing(error)) {
      return []
    }
    throw error
  }
}

/** `POST /vendor/catalog-imports/:id/start`: queues a validated import; the portal then polls its progress. */
export async function startCatalogImport(
  locale: string,
  id: string
): Promise<{ import: CatalogImport | null; error: string | null }> {
  const dict = getDictionary(localeFrom(locale))
  if (!/^cimp_[0-9A-Za-z]{1,60}$/.test(id)) {
    return { import: null, error: dict.errors.notFound }
  }
  try {
    const answer = await vendorSend<unknown>(`/vendor/catalog-imports/${id}/start`, "POST", {})
    updateTag(tags.vendorImports)
    return { import: readImport(answer), error: null }
  } catch (error) {
    return { import: null, error: describePortalError(error, dict) }
  }
}

/** After an import finished: the vendor's lists and the public catalogue pages show the new listings. */
export async function catalogImportFinished(): Promise<void> {
  for (const tag of [tags.vendorImports, tags.vendorProducts, tags.vendorCourses, tags.products, tags.courses, tags.vendors]) {
    updateTag(tag)
  }
}

/** One of the vendor's imports, or null (unknown id, another vendor's import, no import API). */
export async function retrieveMyImport(id: string): Promise<CatalogImport | null> {
  if (!/^cimp_[0-9A-Za-z]{1,60}$/.test(id)) {
    return null
  }
  try {
    return readImport(await vendorGet<unknown>(`/vendor/catalog-imports/${id}`, [tags.vendorImports]))
  } catch (error) {
    if (isMissing(error)) {
      return null
    }
    throw error
  }
}
