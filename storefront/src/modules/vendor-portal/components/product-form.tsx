"use client"

import { useState } from "react"
import { saveVendorProduct } from "../../../lib/data/vendor-products"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { splitValues } from "../../../lib/util/vendor-portal"
import type { VendorKind, VendorProduct } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { SubmitButton } from "../../common/components/submit-button"
import { ImageUploader } from "./image-uploader"

type Option = { value: string; label: string }

function metadataText(product: VendorProduct | null, key: string): string {
  const value = product?.metadata?.[key]
  return typeof value === "string" ? value : ""
}

/** Create or edit a product (seller) or course (teacher). Variants and prices only when creating. */
export function ProductForm({
  locale,
  kind,
  product,
  categories,
  languages,
  dict,
}: {
  locale: string
  kind: VendorKind
  product: VendorProduct | null
  categories: Option[]
  languages: Option[]
  dict: Dictionary["portal"]["products"]
}) {
  const [uploading, setUploading] = useState(false)
  const [values, setValues] = useState("")
  const rows = splitValues(values)
  const variantRows = rows.length > 0 ? rows : [dict.singleVariant]
  const images = (product?.images ?? []).map((image) => image.url)
  const initialImages = images.length > 0 ? images : product?.thumbnail ? [product.thumbnail] : []

  return (
    <ActionForm action={saveVendorProduct} className="product-form" testId="product-form" errorTestId="product-error">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      {product ? <input type="hidden" name="id" value={product.id} /> : null}

      <section className="card stack">
        <h2 className="section__title section__title--small">{dict.details}</h2>
        <div className="field">
          <label htmlFor="field-title" className="field__label">
            {dict.productTitle}
            <span aria-hidden="true"> *</span>
          </label>
          <input id="field-title" name="title" className="field__input" required maxLength={200} defaultValue={product?.title ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="field-subtitle" className="field__label">
            {dict.subtitle}
          </label>
          <input id="field-subtitle" name="subtitle" className="field__input" maxLength={200} defaultValue={product?.subtitle ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="field-description" className="field__label">
            {dict.description}
          </label>
          <textarea
            id="field-description"
            name="description"
            className="field__input field__textarea"
            rows={6}
            maxLength={10000}
            defaultValue={product?.description ?? ""}
          />
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="field-status" className="field__label">
              {dict.status}
            </label>
            <select
              id="field-status"
              name="status"
              className="field__input"
              defaultValue={product?.status === "published" ? "published" : "draft"}
              aria-describedby="field-status-hint"
            >
              <option value="draft">{dict.statuses.draft}</option>
              <option value="published">{dict.statuses.published}</option>
            </select>
            <p id="field-status-hint" className="field__hint">
              {dict.statusHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor="field-category" className="field__label">
              {dict.category}
            </label>
            <select
              id="field-category"
              name="category_id"
              className="field__input"
              defaultValue={product?.categories?.[0]?.id ?? ""}
            >
              <option value="">{dict.categoryNone}</option>
              {categories.map((category) => (
                <option key={category.value} value={category.value}>
                  {category.label}
                </option>
              ))}
            </select>
          </div>
          {kind === "teacher" ? (
            <>
              <div className="field">
                <label htmlFor="field-level" className="field__label">
                  {dict.level}
                </label>
                <select id="field-level" name="level" className="field__input" defaultValue={metadataText(product, "level")}>
                  <option value="">{dict.levelNone}</option>
                  {(["beginner", "intermediate", "advanced"] as const).map((level) => (
                    <option key={level} value={level}>
                      {dict.levels[level]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="field-language" className="field__label">
                  {dict.language}
                </label>
                <select
                  id="field-language"
                  name="language"
                  className="field__input"
                  defaultValue={metadataText(product, "language")}
                >
                  <option value="">{dict.languageNone}</option>
                  {languages.map((language) => (
                    <option key={language.value} value={language.value}>
                      {language.label}
                    </option>
                  ))}
                </select>
              </div>
            </>
          ) : (
            <div className="field form-grid__full">
              <label htmlFor="field-video_url" className="field__label">
                {dict.video}
              </label>
              <input
                id="field-video_url"
                name="video_url"
                type="url"
                inputMode="url"
                className="field__input"
                maxLength={2000}
                placeholder="https://"
                defaultValue={metadataText(product, "video_url")}
                aria-describedby="field-video_url-hint"
              />
              <p id="field-video_url-hint" className="field__hint">
                {dict.videoHint}
              </p>
            </div>
          )}
        </div>
      </section>

      <section className="card">
        <ImageUploader locale={locale} initial={initialImages} dict={dict} onBusyChange={setUploading} />
      </section>

      <section className="card stack">
        <h2 className="section__title section__title--small">{dict.pricing}</h2>
        {product ? (
          <>
            <p className="notice">{dict.pricingLocked}</p>
            <div className="table-scroll">
              <table className="data-table" data-testid="variant-table">
                <thead>
                  <tr>
                    <th scope="col">{dict.variant}</th>
                    <th scope="col">{dict.sku}</th>
                    <th scope="col">{dict.priceEur}</th>
                    <th scope="col">{dict.priceUsd}</th>
                  </tr>
                </thead>
                <tbody>
                  {(product.variants ?? []).map((variant) => {
                    const price = (code: string) =>
                      variant.prices?.find((p) => p.currency_code === code)?.amount?.toFixed(2) ?? dict.noPrice
                    return (
                      <tr key={variant.id}>
                        <td>{variant.title}</td>
                        <td>{variant.sku ?? dict.noPrice}</td>
                        <td>{price("eur")}</td>
                        <td>{price("usd")}</td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <>
            <p className="muted">{dict.pricingIntro}</p>
            <div className="form-grid">
              <div className="field">
                <label htmlFor="field-option_title" className="field__label">
                  {dict.optionTitle}
                </label>
                <input
                  id="field-option_title"
                  name="option_title"
                  className="field__input"
                  maxLength={50}
                  placeholder={dict.optionTitlePlaceholder}
                />
              </div>
              <div className="field">
                <label htmlFor="field-option_values" className="field__label">
                  {dict.optionValues}
                </label>
                <input
                  id="field-option_values"
                  name="option_values"
                  className="field__input"
                  placeholder={dict.optionValuesPlaceholder}
                  value={values}
                  onChange={(event) => setValues(event.target.value)}
                />
              </div>
            </div>
            {variantRows.length > 1 ? <p className="field__hint">{dict.samePrice}</p> : null}
            <ol className="variant-rows">
              {variantRows.map((row, index) => {
                const suffix = index === 0 ? "" : `_${index}`
                return (
                  <li key={index} className="variant-row" data-testid="variant-row">
                    <p className="variant-row__title">{row}</p>
                    <div className="field">
                      <label htmlFor={`field-price_eur${suffix}`} className="field__label">
                        {dict.priceEur}
                      </label>
                      <input
                        id={`field-price_eur${suffix}`}
                        name={`price_eur${suffix}`}
                        className="field__input"
                        inputMode="decimal"
                        placeholder={index === 0 ? "19.90" : undefined}
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`field-price_usd${suffix}`} className="field__label">
                        {dict.priceUsd}
                      </label>
                      <input
                        id={`field-price_usd${suffix}`}
                        name={`price_usd${suffix}`}
                        className="field__input"
                        inputMode="decimal"
                        placeholder={index === 0 ? "21.90" : undefined}
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`field-sku${suffix}`} className="field__label">
                        {dict.sku}
                      </label>
                      <input id={`field-sku${suffix}`} name={`sku${suffix}`} className="field__input" maxLength={64} />
                    </div>
                  </li>
                )
              })}
            </ol>
          </>
        )}
      </section>

      <div className="product-form__actions">
        <SubmitButton
          className="btn btn--primary btn--large"
          pendingLabel={dict.saving}
          disabled={uploading}
          testId="product-save"
        >
          {product ? dict.save : dict.create}
        </SubmitButton>
      </div>
    </ActionForm>
  )
}
