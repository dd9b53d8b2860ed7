"use client"

import { createContext, useContext, type ReactNode } from "react"

export type UiMessages = {
  errorTitle: string
  errorText: string
  retry: string
  backHome: string
  homeHref: string
}

const UiMessagesContext = createContext<UiMessages | null>(null)

/** Gives client-only UI (the error boundary) its localized strings without bundling dictionaries. */
export function UiMessagesProvider({ value, children }: { value: UiMessages; children: ReactNode }) {
  return <UiMessagesContext.Provider value={value}>{children}</UiMessagesContext.Provider>
}

export function useUiMessages(): UiMessages | null {
  return useContext(UiMessagesContext)
}
