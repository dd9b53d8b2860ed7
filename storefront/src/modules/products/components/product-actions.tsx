"use client"

import Link from "next/link"
import { useActionState, useMemo, useState } from "react"
import { addToCart } from "../../../lib/data/cart"
import type { ActionState } from "../../../types/vitrina"
import type { StockState } from "../../../lib/util/product"
import { FormError } from "../../common/components/form-error"
import { SubmitButton } from "../../common/components/submit-button"

export type OptionView = { id: string; title: string; values: string[] }

export type VariantView = {
  id: string
  title: string
  options: Record<string, string>
  price: string | null
  originalPrice: string | null
  stock: StockState
}

export type ProductActionsLabels = {
  addToCart: string
  adding: string
  added: string
  viewCart: string
  selectOption: string
  inStock: string
  lowStock: string
  outOfStock: string
  unavailable: string
  priceUnavailable: string
  fromPrice: string | null
  quantity: string
}

type ProductActionsProps = {
  locale: string
  cartHref: string
  options: OptionView[]
  variants: VariantView[]
  initialVariantId: string | null
  labels: ProductActionsLabels
}

function matchVariant(variants: VariantView[], options: OptionView[], selection: Record<string, string>) {
  if (variants.length === 1 && options.length === 0) {
    return variants[0]
  }
  if (options.some((option) => !selection[option.id])) {
    return null
  }
  return (
    variants.find((variant) => options.every((option) => variant.options[option.id] === selection[option.id])) ??
    null
  )
}

function initialSelection(options: OptionView[], variants: VariantView[], initialVariantId: string | null) {
  const initial = variants.find((variant) => variant.id === initialVariantId) ?? (variants.length === 1 ? variants[0] : null)
  if (initial) {
    return { ...initial.options }
  }
  // Options with a single value need no choice.
  const selection: Record<string, string> = {}
  for (const option of options) {
    if (option.values.length === 1) {
      selection[option.id] = option.values[0]
    }
  }
  return selection
}

const initialState: ActionState = { error: null }

/** Option selection, price, stock state and the add-to-cart form of the product page. */
export function ProductActions({ locale, cartHref, options, variants, initialVariantId, labels }: ProductActionsProps) {
  const [selection, setSelection] = useState<Record<string, string>>(() =>
    initialSelection(options, variants, initialVariantId)
  )
  const [state, formAction] = useActionState(addToCart, initialState)
  const variant = useMemo(() => matchVariant(variants, options, selection), [variants, options, selection])
  const complete = options.every((option) => selection[option.id])
  const purchasable = variant !== null && variant.stock.state !== "out_of_stock" && variant.price !== null

  const choose = (optionId: string, value: string) => {
    const next = { ...selection, [optionId]: value }
    setSelection(next)
    const match = matchVariant(variants, options, next)
    const url = new URL(window.location.href)
    if (match) {
      url.searchParams.set("variant", match.id)
    } else {
      url.searchParams.delete("variant")
    }
    window.history.replaceState(null, "", url)
  }

  let stockLabel: string | null = null
  if (variant) {
    stockLabel =
      variant.stock.state === "in_stock"
        ? labels.inStock
        : variant.stock.state === "low_stock"
          ? labels.lowStock.replace("{count}", String(variant.stock.quantity))
          : labels.outOfStock
  } else if (complete && options.length > 0) {
    stockLabel = labels.unavailable
  }

  return (
    <div className="product-actions">
      <p className="product-price" data-testid="product-price">
        {variant ? (
          variant.price ? (
            <>
              <span className={variant.originalPrice ? "price price--sale price--large" : "price price--large"}>
                {variant.price}
              </span>
              {variant.originalPrice ? <s className="price price--original">{variant.originalPrice}</s> : null}
            </>
          ) : (
            <span className="price price--none">{labels.priceUnavailable}</span>
          )
        ) : labels.fromPrice ? (
          <span className="price price--large">{labels.fromPrice}</span>
        ) : (
          <span className="price price--none">{labels.priceUnavailable}</span>
        )}
      </p>

      {options.map((option) => (
        <fieldset key={option.id} className="option-group">
          <legend className="option-group__legend">
            {option.title}
            {selection[option.id] ? <span className="option-group__value">: {selection[option.id]}</span> : null}
          </legend>
          <div className="option-group__values" role="group" aria-label={labels.selectOption.replace("{option}", option.title)}>
            {option.values.map((value) => {
              const pressed = selection[option.id] === value
              return (
                <button
                  key={value}
                  type="button"
                  className={`option-value${pressed ? " is-selected" : ""}`}
                  aria-pressed={pressed}
                  data-testid="option-value"
                  data-option={option.title}
                  data-value={value}
                  onClick={() => choose(option.id, value)}
                >
                  {value}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}

      <p
        className={`stock stock--${variant ? variant.stock.state : "unknown"}`}
        data-testid="stock-state"
        aria-live="polite"
      >
        {stockLabel ?? "\u00a0"}
      </p>

      <form action={formAction} className="add-to-cart">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="variant_id" value={purchasable && variant ? variant.id : ""} />
        <label className="quantity">
          <span className="sr-only">{labels.quantity}</span>
          <input
            type="number"
            name="quantity"
            min={1}
            max={99}
            defaultValue={1}
            inputMode="numeric"
            className="quantity__input"
            aria-label={labels.quantity}
          />
        </label>
        <SubmitButton
          className="btn btn--primary btn--large btn--grow"
          disabled={!purchasable}
          pendingLabel={labels.adding}
          testId="add-to-cart"
        >
          {variant && variant.stock.state === "out_of_stock" ? labels.outOfStock : labels.addToCart}
        </SubmitButton>
      </form>
      <FormError message={state.error} testId="add-to-cart-error" />
      {state.success ? (
        <p className="form-success" role="status" data-testid="add-to-cart-success">
          {labels.added} · <Link href={cartHref}>{labels.viewCart}</Link>
        </p>
      ) : null}
    </div>
  )
}
