import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../lib/i18n/config"
import { countryName, languageName } from "../../lib/i18n/format"

/** Countries offered in the sign-up and profile forms (the marketplace ships from Europe and the US). */
const COUNTRIES = ["at", "be", "ch", "cz", "de", "dk", "es", "fi", "fr", "gb", "ie", "it", "lt", "lv", "nl", "no", "pl", "pt", "se", "us"]

/** Course languages offered in the product form. */
const LANGUAGES = ["en", "ru", "de", "fr", "es", "it", "pt", "pl", "uk"]

export type SelectOption = { value: string; label: string }

export function countryOptions(locale: Locale): SelectOption[] {
  return COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale)
  )
}

export function languageOptions(locale: Locale): SelectOption[] {
  return LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))
}

/** Categories as a flat list, children labelled with their parent ("Home › Lighting"). */
export function categoryOptions(categories: HttpTypes.StoreProductCategory[]): SelectOption[] {
  const byId = new Map(categories.map((category) => [category.id, category]))
  return categories
    .map((category) => {
      const parent = category.parent_category_id ? byId.get(category.parent_category_id) : undefined
      return { value: category.id, label: parent ? `${parent.name} › ${category.name}` : category.name }
    })
    .sort((a, b) => a.label.localeCompare(b.label))
}
