/**
 * Landing video of a physical product (WebM served by the backend). `preload="none"` keeps
 * it off the critical path; the poster reserves the space.
 */
export function ProductVideo({
  src,
  poster,
  title,
  unsupported,
}: {
  src: string
  poster: string | null
  title: string
  unsupported: string
}) {
  return (
    <video
      className="product-video"
      controls
      muted
      playsInline
      preload="none"
      poster={poster ?? undefined}
      width={1280}
      height={720}
      aria-label={title}
      data-testid="product-video"
    >
      <source src={src} type="video/webm" />
      {unsupported}
    </video>
  )
}
