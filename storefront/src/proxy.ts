import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, LOCALE_HEADER, isLocale, negotiateLocale, splitLocalePath } from "./lib/i18n/config"
import { DEVICE_COOKIE, DEVICE_MAX_AGE, newDeviceId, validDeviceId } from "./lib/util/device"

/** Gives a browser without one its random device id (httpOnly; sent to the backend as `x-device-id`). */
function withDeviceId(request: NextRequest, response: NextResponse): NextResponse {
  if (!validDeviceId(request.cookies.get(DEVICE_COOKIE)?.value)) {
    response.cookies.set(DEVICE_COOKIE, newDeviceId(), {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      maxAge: DEVICE_MAX_AGE,
    })
  }
  return response
}

/**
 * Locale routing: every page lives under `/en/...` or `/ru/...`.
 * A path without a locale is redirected to the remembered locale (cookie), else to the
 * best match of `Accept-Language`, else to English. Visiting a localized path remembers it.
 * Every browser also gets its random device id cookie here (see lib/util/device.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const { locale } = splitLocalePath(pathname)

  if (locale) {
    // Lets locale-less server UI (not-found, loading) know the locale of the request.
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set(LOCALE_HEADER, locale)
    const response = NextResponse.next({ request: { headers: requestHeaders } })
    if (request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
      response.cookies.set(LOCALE_COOKIE, locale, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        maxAge: 60 * 60 * 24 * 365,
      })
    }
    return withDeviceId(request, response)
  }

  const remembered = request.cookies.get(LOCALE_COOKIE)?.value
  const target = isLocale(remembered) ? remembered : negotiateLocale(request.headers.get("accept-language"))
  const url = request.nextUrl.clone()
  url.pathname = `/${target}${pathname === "/" ? "" : pathname}`
  url.search = search
  const redirect = NextResponse.redirect(url, 307)
  redirect.headers.set("Vary", "Accept-Language, Cookie")
  return withDeviceId(request, redirect)
}

export const config = {
  // Everything except Next.js internals and files with an extension (icons, robots.txt, ...).
  matcher: ["/((?!_next/|api/|.*\\.[\\w]+$).*)"],
}
