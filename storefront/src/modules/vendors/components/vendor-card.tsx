import Link from "next/link"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { Vendor } from "../../../types/vitrina"
import { VerifiedBadge } from "../../common/components/verified-badge"

export function vendorInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word))
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("")
}

export function VendorAvatar({ vendor, size }: { vendor: Pick<Vendor, "name" | "logo">; size: number }) {
  if (vendor.logo) {
    return (
      <img
        className="vendor-avatar"
        src={vendor.logo}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
      />
    )
  }
  return (
    <span className="vendor-avatar vendor-avatar--initials" style={{ width: size, height: size }} aria-hidden="true">
      {vendorInitials(vendor.name)}
    </span>
  )
}

export function VendorCard({ vendor, locale, dict }: { vendor: Vendor; locale: Locale; dict: Dictionary }) {
  return (
    <Link
      href={localizePath(locale, `/vendors/${vendor.handle}`)}
      className="vendor-card"
      data-testid="vendor-card"
    >
      <VendorAvatar vendor={vendor} size={56} />
      <span className="vendor-card__body">
        <span className="vendor-card__name">
          {vendor.name}
          {vendor.verified ? (
            <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} compact />
          ) : null}
        </span>
        <span className="vendor-card__kind">{vendor.kind === "teacher" ? dict.vendor.teacher : dict.vendor.seller}</span>
      </span>
    </Link>
  )
}
