import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import "../../styles/globals.css"
import { getStorefrontUrl } from "../../lib/config"
import { defaultLocale, isLocale, localizePath } from "../../lib/i18n/config"
import { getDictionary } from "../../lib/i18n/dictionary"
import { UiMessagesProvider } from "../../modules/common/components/ui-messages"
import { Footer } from "../../modules/layout/components/footer"
import { Header } from "../../modules/layout/components/header"
import { interCyrillic, interLatin } from "../fonts"

type LayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale: raw } = await params
  const dict = getDictionary(isLocale(raw) ? raw : defaultLocale)
  return {
    metadataBase: new URL(getStorefrontUrl()),
    title: { default: dict.meta.homeTitle, template: `%s | ${dict.meta.siteName}` },
    description: dict.meta.homeDescription,
    applicationName: dict.meta.siteName,
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f3a2e",
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale: raw } = await params
  // Unknown locales reach this layout only for paths the proxy skips; the page answers 404.
  const locale = isLocale(raw) ? raw : defaultLocale
  const dict = getDictionary(locale)
  return (
    <html lang={locale} className={`${interCyrillic.variable} ${interLatin.variable}`}>
      <body>
        <a className="skip-link" href="#content">
          {dict.nav.skipToContent}
        </a>
        <Header locale={locale} dict={dict} />
        <UiMessagesProvider
          value={{
            errorTitle: dict.errors.title,
            errorText: dict.errors.text,
            retry: dict.errors.retry,
            backHome: dict.notFound.backHome,
            homeHref: localizePath(locale),
          }}
        >
          <main id="content" className="main">
            {children}
          </main>
        </UiMessagesProvider>
        <Footer locale={locale} dict={dict} />
      </body>
    </html>
  )
}
