import type { ReactNode } from "react"

/** A short status message: information (amber) or success (green). */
export function Notice({ children, tone = "info", testId }: { children: ReactNode; tone?: "info" | "ok"; testId?: string }) {
  return (
    <p className={tone === "ok" ? "form-success" : "notice"} role="status" data-testid={testId}>
      {children}
    </p>
  )
}
