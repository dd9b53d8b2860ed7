"use client"

import { useState } from "react"

type ProductGalleryProps = {
  images: string[]
  title: string
  labels: { gallery: string; showImage: string; noImage: string }
}

/** Main image plus thumbnails; all images have fixed dimensions so nothing shifts. */
export function ProductGallery({ images, title, labels }: ProductGalleryProps) {
  const [active, setActive] = useState(0)
  if (images.length === 0) {
    return (
      <div className="gallery">
        <div className="gallery__main thumb--empty" style={{ aspectRatio: "1 / 1" }}>
          <span>{labels.noImage}</span>
        </div>
      </div>
    )
  }
  return (
    <div className="gallery" aria-label={labels.gallery} role="region">
      <div className="gallery__main">
        <img
          src={images[active]}
          alt={title}
          width={900}
          height={900}
          fetchPriority={active === 0 ? "high" : "auto"}
          decoding="async"
          className="gallery__image"
          data-testid="product-image"
        />
      </div>
      {images.length > 1 ? (
        <ul className="gallery__thumbs">
          {images.map((src, index) => (
            <li key={src}>
              <button
                type="button"
                className={`gallery__thumb${index === active ? " is-active" : ""}`}
                aria-label={labels.showImage
                  .replace("{index}", String(index + 1))
                  .replace("{total}", String(images.length))}
                aria-current={index === active ? "true" : undefined}
                onClick={() => setActive(index)}
              >
                <img src={src} alt="" width={96} height={96} loading="lazy" decoding="async" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
