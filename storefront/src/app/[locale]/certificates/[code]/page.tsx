import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { cache } from "react"
import { getPublicCertificate } from "../../../../lib/data/courses"
import { getDictionary } from "../../../../lib/i18n/dictionary"
import { interpolate } from "../../../../lib/i18n/format"
import { resolveLocale } from "../../../../lib/i18n/route"
import { pageMetadata } from "../../../../lib/metadata"
import { CertificateTemplate } from "../../../../modules/courses/templates/certificate-template"

type Props = { params: Promise<{ locale: string; code: string }> }

/** The certificate, or the segment's not-found page (HTTP 404) for an unknown code. */
const loadCertificate = cache(async (code: string) => {
  const certificate = await getPublicCertificate(code)
  if (!certificate) {
    notFound()
  }
  return certificate
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const { code } = await params
  const certificate = await loadCertificate(code)
  const dict = getDictionary(locale)
  return pageMetadata({
    locale,
    path: `/certificates/${certificate.code}`,
    title: interpolate(dict.courses.meta.certificateTitle, { code: certificate.code }),
    description: `${certificate.course_title} — ${certificate.student_name}`,
    noIndex: true,
  })
}

export default async function CertificatePage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { code } = await params
  const certificate = await loadCertificate(code)
  return <CertificateTemplate certificate={certificate} locale={locale} dict={getDictionary(locale)} />
}
