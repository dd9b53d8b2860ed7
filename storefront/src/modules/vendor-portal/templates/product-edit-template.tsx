import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { deleteVendorProduct } from "../../../lib/data/vendor-products"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { VendorProduct, VendorSession } from "../../../types/vitrina"
import { ConfirmAction } from "../components/confirm-action"
import { Notice } from "../components/notice"
import { PortalShell } from "../components/portal-shell"
import { ProductForm } from "../components/product-form"
import { categoryOptions, languageOptions } from "../options"

/** New product (`product` null) or the edit page of one. */
export function ProductEditTemplate({
  session,
  product,
  categories,
  saved,
  locale,
  dict,
}: {
  session: VendorSession
  product: VendorProduct | null
  categories: HttpTypes.StoreProductCategory[]
  saved: boolean
  locale: Locale
  dict: Dictionary
}) {
  const p = dict.portal.products
  const teacher = session.vendor.kind === "teacher"
  const active = session.vendor.status === "active"
  return (
    <PortalShell session={session} locale={locale} dict={dict} current="products">
      <Link href={localizePath(locale, "/vendor/products")} className="muted">
        ← {p.backToList}
      </Link>
      <header className="page__head page__head--row">
        <h1 className="page__title">{product ? product.title : teacher ? p.newCourse : p.new}</h1>
        {product?.status === "published" && active ? (
          <Link
            href={localizePath(locale, `/products/${product.handle}`)}
            className="btn btn--ghost btn--small"
            data-testid="product-view-link"
            data-handle={product.handle}
          >
            {p.viewInStore} ↗
          </Link>
        ) : null}
      </header>
      {saved ? (
        <Notice tone="ok" testId="product-saved">
          {p.saved}
        </Notice>
      ) : null}
      {!product && !active ? (
        <p className="notice">{p.notActive}</p>
      ) : (
        <ProductForm
          locale={locale}
          kind={session.vendor.kind}
          product={product}
          categories={categoryOptions(categories)}
          languages={languageOptions(locale)}
          dict={p}
        />
      )}
      {product ? (
        <div className="section">
          <ConfirmAction
            action={deleteVendorProduct}
            label={p.delete}
            question={p.deleteConfirm}
            confirmLabel={p.deleteYes}
            pendingLabel={p.deleting}
            hidden={{ locale, id: product.id, handle: product.handle }}
            testId="product-delete"
          />
        </div>
      ) : null}
    </PortalShell>
  )
}
