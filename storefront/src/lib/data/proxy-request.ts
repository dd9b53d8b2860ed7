/**
 * Headers for the few route handlers that stream bytes to or from the backend directly (PDF
 * download, video upload) instead of going through the js-sdk's JSON client.
 */
export function forwardHeaders(extra: Record<string, string>): Record<string, string> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY?.trim()
  return { ...(key ? { "x-publishable-api-key": key } : {}), ...extra }
}
