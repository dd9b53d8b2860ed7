"use client"

import { useRef, useState } from "react"
import { uploadVendorImages } from "../../../lib/data/vendor-products"
import { interpolate } from "../../../lib/i18n/format"
import type { Dictionary } from "../../../lib/i18n/dictionary"

const MAX_IMAGES = 10
const MAX_BYTES = 5 * 1024 * 1024

/**
 * Product images: files are uploaded one by one as soon as they are chosen (`POST /vendor/uploads`
 * through a server action); the form submits the resulting URLs as `image_url` fields.
 */
export function ImageUploader({
  locale,
  initial,
  dict,
  onBusyChange,
}: {
  locale: string
  initial: string[]
  dict: Dictionary["portal"]["products"]
  onBusyChange?: (busy: boolean) => void
}) {
  const [urls, setUrls] = useState<string[]>(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)

  async function upload(files: File[]) {
    setError(null)
    if (files.length === 0) return
    if (files.length > 5) {
      setError(dict.imageCount)
      return
    }
    if (urls.length + files.length > MAX_IMAGES) {
      setError(dict.imageLimit)
      return
    }
    if (files.some((file) => file.size > MAX_BYTES)) {
      setError(dict.imageTooLarge)
      return
    }
    setBusy(true)
    onBusyChange?.(true)
    try {
      for (const file of files) {
        const body = new FormData()
        body.append("locale", locale)
        body.append("files", file)
        const result = await uploadVendorImages(body)
        if (result.error) {
          setError(result.error)
          break
        }
        setUrls((current) => [...current, ...result.urls].slice(0, MAX_IMAGES))
      }
    } catch {
      setError(dict.uploadUnavailable)
    } finally {
      setBusy(false)
      onBusyChange?.(false)
      if (input.current) input.current.value = ""
    }
  }

  return (
    <fieldset className="uploader">
      <legend className="field__label">{dict.images}</legend>
      {urls.map((url) => (
        <input key={url} type="hidden" name="image_url" value={url} />
      ))}
      {urls.length > 0 ? (
        <ul className="uploader__grid">
          {urls.map((url, index) => (
            <li key={url} className="uploader__item" data-testid="image-preview">
              <img src={url} alt={interpolate(dict.imagePreview, { index: index + 1 })} width={120} height={120} />
              <button
                type="button"
                className="uploader__remove"
                aria-label={interpolate(dict.removeImage, { index: index + 1 })}
                onClick={() => setUrls((current) => current.filter((u) => u !== url))}
                data-testid="image-remove"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="uploader__drop">
        <span className="btn btn--ghost btn--small">{busy ? dict.uploading : dict.addImages}</span>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          multiple
          className="uploader__input"
          data-testid="image-upload"
          disabled={busy}
          onChange={(event) => void upload(Array.from(event.currentTarget.files ?? []))}
        />
      </label>
      <p className="field__hint">{dict.imagesHint}</p>
      {busy ? (
        <p className="muted small" role="status" data-testid="image-uploading">
          {dict.uploading}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="image-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
