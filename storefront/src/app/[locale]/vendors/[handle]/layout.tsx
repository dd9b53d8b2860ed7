import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getVendorByHandle } from "../../../../lib/data/vendors"

/**
 * Checks that the vendor exists before the page's loading boundary starts streaming,
 * so an unknown handle answers with a real 404 status.
 */
export default async function VendorLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string; handle: string }>
}) {
  const { handle } = await params
  if (!(await getVendorByHandle(handle))) {
    notFound()
  }
  return <>{children}</>
}
