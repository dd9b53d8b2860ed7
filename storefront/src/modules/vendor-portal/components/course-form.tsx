import { saveVendorCourse } from "../../../lib/data/vendor-courses"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import type { VendorCourse } from "../../../types/courses"
import { ActionForm } from "../../common/components/action-form"
import { Field } from "../../common/components/field"
import { SelectField } from "../../common/components/select-field"
import { SubmitButton } from "../../common/components/submit-button"
import type { SelectOption } from "../options"
import { ImageUploader } from "./image-uploader"

const LEVELS = ["beginner", "intermediate", "advanced", "all"] as const

function TextArea({ name, label, defaultValue, rows = 4, hint }: { name: string; label: string; defaultValue?: string; rows?: number; hint?: string }) {
  return (
    <div className="field form-grid__full">
      <label htmlFor={`field-${name}`} className="field__label">
        {label}
      </label>
      <textarea
        id={`field-${name}`}
        name={name}
        className="field__input field__textarea"
        rows={rows}
        maxLength={10000}
        defaultValue={defaultValue}
        aria-describedby={hint ? `field-${name}-hint` : undefined}
      />
      {hint ? (
        <p id={`field-${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** Create (`course` null: with EUR/USD prices) or edit a course's fields. */
export function CourseForm({
  locale,
  course,
  languages,
  dict,
}: {
  locale: string
  course: VendorCourse | null
  languages: SelectOption[]
  dict: Dictionary
}) {
  const c = dict.portal.courses
  const p = dict.portal.products
  return (
    <ActionForm action={saveVendorCourse} className="product-form" testId="course-form" errorTestId="course-form-error">
      <input type="hidden" name="locale" value={locale} />
      {course ? <input type="hidden" name="id" value={course.id} /> : null}
      <section className="card stack">
        <h2 className="section__title section__title--small">{c.details}</h2>
        <Field name="title" label={c.courseTitle} required defaultValue={course?.title} />
        <Field name="subtitle" label={c.subtitle} defaultValue={course?.subtitle} />
        <TextArea name="description" label={c.description} rows={6} defaultValue={course?.description ?? ""} />
        <div className="form-grid">
          <SelectField
            name="level"
            label={p.level}
            options={LEVELS.map((level) => ({ value: level, label: dict.courses.levels[level] }))}
            defaultValue={course?.level ?? "beginner"}
          />
          <SelectField name="language" label={p.language} options={languages} defaultValue={course?.language ?? locale} />
          <TextArea name="outcomes" label={c.outcomes} defaultValue={(course?.outcomes ?? []).join("\n")} />
          <TextArea name="requirements" label={c.requirements} defaultValue={(course?.requirements ?? []).join("\n")} />
        </div>
      </section>
      <section className="card">
        <ImageUploader locale={locale} initial={course?.thumbnail ? [course.thumbnail] : []} dict={p} />
      </section>
      <section className="card stack">
        <h2 className="section__title section__title--small">{c.pricing}</h2>
        {course ? (
          <p className="muted">{c.pricingLocked}</p>
        ) : (
          <>
            <p className="muted">{c.pricingHint}</p>
            <div className="form-grid">
              <Field name="price_eur" label={p.priceEur} />
              <Field name="price_usd" label={p.priceUsd} />
            </div>
          </>
        )}
      </section>
      <div className="product-form__actions">
        <SubmitButton className="btn btn--primary btn--large" pendingLabel={c.saving} testId="course-save">
          {course ? c.save : c.create}
        </SubmitButton>
      </div>
    </ActionForm>
  )
}
