"use client"

import { useId, useRef } from "react"
import { switchRegion } from "../../../lib/data/regions"

type RegionOption = { id: string; name: string; currency: string }

/** Region / currency picker; submits on change (with a fallback button without JavaScript). */
export function RegionSwitcher({
  regions,
  currentId,
  label,
  applyLabel,
}: {
  regions: RegionOption[]
  currentId: string | null
  label: string
  applyLabel: string
}) {
  const formRef = useRef<HTMLFormElement>(null)
  const id = useId()
  return (
    <form ref={formRef} action={switchRegion} className="switcher" data-testid="region-switcher">
      <label htmlFor={id} className="switcher__label">
        {label}
      </label>
      <select
        id={id}
        name="region_id"
        defaultValue={currentId ?? undefined}
        onChange={() => formRef.current?.requestSubmit()}
        className="switcher__select"
      >
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.currency.toUpperCase()} · {region.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn btn--small">
          {applyLabel}
        </button>
      </noscript>
    </form>
  )
}
