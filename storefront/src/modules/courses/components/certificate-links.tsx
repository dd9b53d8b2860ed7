import Link from "next/link"

/** Download (through the storefront's PDF route) and public verification links of a certificate. */
export function CertificateLinks({
  code,
  publicHref,
  labels,
}: {
  code: string
  publicHref: string
  labels: { download: string; publicLink: string }
}) {
  return (
    <p className="actions-row actions-row--start">
      <a
        href={`/api/certificates/${encodeURIComponent(code)}`}
        className="btn btn--primary"
        data-testid="certificate-download"
        download
      >
        {labels.download}
      </a>
      <Link href={publicHref} className="btn btn--ghost" data-testid="certificate-public-link">
        {labels.publicLink}
      </Link>
    </p>
  )
}
