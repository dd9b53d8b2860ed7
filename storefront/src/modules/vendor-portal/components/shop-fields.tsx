"use client"

import { useState } from "react"
import { suggestHandle } from "../../../lib/util/vendor-portal"

/** Shop name and handle: the handle follows the name until the person edits it. */
export function ShopFields({
  labels,
}: {
  labels: { shopName: string; handle: string; handleHint: string }
}) {
  const [name, setName] = useState("")
  const [handle, setHandle] = useState("")
  const [edited, setEdited] = useState(false)
  const shown = edited ? handle : suggestHandle(name)
  return (
    <>
      <div className="field">
        <label htmlFor="field-shop_name" className="field__label">
          {labels.shopName}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id="field-shop_name"
          name="shop_name"
          className="field__input"
          required
          maxLength={120}
          autoComplete="organization"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="field-handle" className="field__label">
          {labels.handle}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id="field-handle"
          name="handle"
          className="field__input"
          required
          minLength={2}
          maxLength={60}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          autoCapitalize="none"
          spellCheck={false}
          value={shown}
          onChange={(event) => {
            setEdited(true)
            setHandle(event.target.value.toLowerCase())
          }}
          aria-describedby="field-handle-hint"
        />
        <p id="field-handle-hint" className="field__hint">
          {labels.handleHint.replace("{handle}", shown || "…")}
        </p>
      </div>
    </>
  )
}
