import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate } from "../../../lib/i18n/format"
import { formatPrice } from "../../../lib/util/money"
import { Thumbnail } from "../../common/components/thumbnail"
import { LineItemControls } from "./line-item-controls"

type LineItem = HttpTypes.StoreCartLineItem | HttpTypes.StoreOrderLineItem

/** Cart or order lines. `editable` adds quantity controls (cart page only). */
export function LineItems({
  items,
  currencyCode,
  locale,
  dict,
  editable,
}: {
  items: LineItem[]
  currencyCode: string
  locale: Locale
  dict: Dictionary
  editable?: boolean
}) {
  const sorted = [...items].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return (
    <ul className="line-items">
      {sorted.map((item) => {
        const title = item.product_title ?? item.title
        const href = item.product_handle ? localizePath(locale, `/products/${item.product_handle}`) : null
        const lineTotal = typeof item.total === "number" ? item.total : item.unit_price * item.quantity
        return (
          <li key={item.id} className="line-item" data-testid="line-item" data-line-id={item.id}>
            <div className="line-item__media">
              <Thumbnail src={item.thumbnail} alt={title} width={96} height={96} placeholder={dict.product.noImage} />
            </div>
            <div className="line-item__body">
              <p className="line-item__title">
                {href ? <Link href={href}>{title}</Link> : title}
              </p>
              {item.variant_title && item.variant_title !== "Default variant" ? (
                <p className="line-item__variant muted">{item.variant_title}</p>
              ) : null}
              <p className="line-item__unit muted">
                {formatPrice(item.unit_price, currencyCode, locale)}
                {editable ? null : ` × ${item.quantity}`}
              </p>
              {editable ? (
                <LineItemControls
                  lineId={item.id}
                  quantity={item.quantity}
                  locale={locale}
                  labels={{
                    decrease: interpolate(dict.cart.decrease, { title }),
                    increase: interpolate(dict.cart.increase, { title }),
                    remove: dict.cart.remove,
                    removeItem: interpolate(dict.cart.removeItem, { title }),
                    quantity: dict.cart.quantity,
                  }}
                />
              ) : null}
            </div>
            <p className="line-item__total" data-testid="line-item-total">
              {formatPrice(lineTotal, currencyCode, locale)}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
