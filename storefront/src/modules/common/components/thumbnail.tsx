type ThumbnailProps = {
  src: string | null | undefined
  alt: string
  width: number
  height: number
  className?: string
  priority?: boolean
  sizes?: string
  placeholder: string
}

/**
 * A plain `<img>` with explicit dimensions (no layout shift). Product images are served by
 * the Medusa backend (`/static/...`), so no Next.js image optimisation is involved.
 */
export function Thumbnail({ src, alt, width, height, className, priority, placeholder }: ThumbnailProps) {
  if (!src) {
    return (
      <div className={`thumb thumb--empty ${className ?? ""}`} style={{ aspectRatio: `${width} / ${height}` }}>
        <span>{placeholder}</span>
      </div>
    )
  }
  return (
    <img
      className={`thumb ${className ?? ""}`}
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      fetchPriority={priority ? "high" : "auto"}
    />
  )
}
