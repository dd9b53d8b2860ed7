import type { Metadata } from "next"
import { listInboxQuestions } from "../../../../lib/data/vendor-courses"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { resolveLocale } from "../../../../lib/i18n/route"
import { firstParam, portalMetadata, requireVendorSession } from "../../../../modules/vendor-portal/session"
import { QuestionsTemplate } from "../../../../modules/vendor-portal/templates/questions-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  return portalMetadata(locale, "/vendor/questions", getDictionary(locale).portal.meta.questions)
}

export default async function VendorQuestionsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const session = await requireVendorSession(locale)
  const status = firstParam((await searchParams).status) === "all" ? "all" : "unanswered"
  const result = await listInboxQuestions(status).catch(() => null)
  return (
    <QuestionsTemplate
      session={session}
      questions={result?.questions ?? null}
      status={status}
      locale={locale}
      dict={getDictionary(locale)}
    />
  )
}
