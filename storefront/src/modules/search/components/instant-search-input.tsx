"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useRef, useState, useTransition } from "react"

/**
 * The search box: a plain GET field that works without JavaScript; with it, results follow
 * the typing (debounced) by replacing the URL, which re-renders the server results.
 */
export function InstantSearchInput({ label, placeholder, defaultValue }: { label: string; placeholder: string; defaultValue: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [value, setValue] = useState(defaultValue)
  const [pending, startTransition] = useTransition()
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  function onChange(next: string) {
    setValue(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const query = new URLSearchParams(params.toString())
      const q = next.trim()
      if (q) query.set("q", q)
      else query.delete("q")
      query.delete("page")
      const s = query.toString()
      startTransition(() => router.replace(`${pathname}${s ? `?${s}` : ""}`, { scroll: false }))
    }, 200)
  }

  return (
    <div className="field search-box">
      <label htmlFor="search-q" className="field__label">
        {label}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        className="field__input"
        value={value}
        placeholder={placeholder}
        maxLength={100}
        autoComplete="off"
        enterKeyHint="search"
        data-testid="search-input"
        aria-busy={pending}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}
