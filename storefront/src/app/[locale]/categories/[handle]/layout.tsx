import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getCategoryByHandle } from "../../../../lib/data/categories"

/**
 * Checks that the category exists before the page's loading boundary starts streaming,
 * so an unknown handle answers with a real 404 status.
 */
export default async function CategoryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string; handle: string }>
}) {
  const { handle } = await params
  if (!(await getCategoryByHandle(handle))) {
    notFound()
  }
  return <>{children}</>
}
