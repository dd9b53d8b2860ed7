import type { Metadata } from "next"
import { listMyImports, retrieveMyImport } from "../../../../lib/data/vendor-imports"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { ImportTemplate } from "../../../../modules/vendor-portal/templates/import-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/import", getDictionary(locale).portal.meta.import)
}

export default async function VendorImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const id = firstParam((await searchParams).id)
  const [imports, current] = await Promise.all([listMyImports(), id ? retrieveMyImport(id) : Promise.resolve(null)])
  return <ImportTemplate session={session} imports={imports} current={current} locale={locale} dict={getDictionary(locale)} />
}
