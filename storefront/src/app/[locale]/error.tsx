"use client"

import Link from "next/link"
import { useUiMessages } from "../../modules/common/components/ui-messages"

/** Error boundary of every localized page. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const messages = useUiMessages()
  return (
    <div className="container page page--narrow empty-state" role="alert" data-testid="error-page">
      <h1 className="page__title">{messages?.errorTitle}</h1>
      <p>{messages?.errorText}</p>
      <div className="actions-row">
        <button type="button" className="btn btn--primary" onClick={() => reset()}>
          {messages?.retry}
        </button>
        <Link href={messages?.homeHref ?? "/"} className="btn btn--ghost">
          {messages?.backHome}
        </Link>
      </div>
    </div>
  )
}
