import Link from "next/link"
import type { ReactNode } from "react"
import { Thumbnail } from "../../common/components/thumbnail"

/** One row of a portal list (products, courses): picture, title, details, status pill. */
export function ListRow({
  href,
  thumbnail,
  title,
  details,
  status,
  statusLabel,
  noImage,
  testId,
  data,
}: {
  href: string
  thumbnail: string | null
  title: string
  details: ReactNode
  status: string
  statusLabel: string
  noImage: string
  testId: string
  /** Extra `data-*` attributes, e.g. `{ "data-product-id": id }`. */
  data: Record<`data-${string}`, string>
}) {
  return (
    <Link href={href} className="vendor-product-row" data-testid={testId} data-status={status} {...data}>
      <span className="vendor-product-row__media">
        <Thumbnail src={thumbnail} alt="" width={64} height={64} placeholder={noImage} />
      </span>
      <span className="vendor-product-row__body">
        <span className="vendor-product-row__title">{title}</span>
        <span className="muted small">{details}</span>
      </span>
      <span className={`pill pill--${status}`}>{statusLabel}</span>
    </Link>
  )
}
