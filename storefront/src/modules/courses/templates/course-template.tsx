import Link from "next/link"
import { enrolInCourse } from "../../../lib/data/courses"
import type { Locale } from "../../../lib/i18n/config"
import { localizePath } from "../../../lib/i18n/config"
import type { Dictionary } from "../../../lib/i18n/dictionary"
import { interpolate, plural } from "../../../lib/i18n/format"
import { isoDuration, paragraphs } from "../../../lib/util/course"
import { buildCourseJsonLd } from "../../../lib/util/json-ld"
import { formatPrice } from "../../../lib/util/money"
import { getVariantPrice, isPurchasable } from "../../../lib/util/product"
import type { CourseDetail, EnrollmentSummary } from "../../../types/courses"
import type { Product } from "../../../types/vitrina"
import { ActionForm } from "../../common/components/action-form"
import { JsonLd } from "../../common/components/json-ld"
import { SubmitButton } from "../../common/components/submit-button"
import { Thumbnail } from "../../common/components/thumbnail"
import { VerifiedBadge } from "../../common/components/verified-badge"
import { CourseCurriculum, totalDuration } from "../components/course-curriculum"
import { languageLabel, levelLabel } from "../components/course-labels"
import { ReportButton } from "../../common/components/report-button"
import { ReviewsSection, type loadReviews } from "../../reviews/components/reviews-section"
import { ratingJsonLd } from "../../reviews/json-ld"

type CourseTemplateProps = {
  course: CourseDetail
  product: Product | null
  enrollment: EnrollmentSummary | null
  /** A signed-out visitor is sent to sign in first: a course belongs to an account. */
  signedIn: boolean
  locale: Locale
  dict: Dictionary
  canonicalUrl: string
  teacherUrl: string | null
  /** The course product's reviews (null when the course has no product). */
  reviews: Awaited<ReturnType<typeof loadReviews>> | null
}

/** The public landing page of a course. */
export function CourseTemplate({ course, product, enrollment, signedIn, locale, dict, canonicalUrl, teacherUrl, reviews }: CourseTemplateProps) {
  const c = dict.courses
  const variant = product?.variants?.[0] ?? null
  const price = getVariantPrice(variant)
  const purchasable = Boolean(variant && price && isPurchasable(variant))
  const level = levelLabel(course.level, dict)
  const language = languageLabel(course.language, locale)
  const duration = totalDuration(course.duration_seconds, dict)
  const image = course.thumbnail ?? product?.thumbnail ?? null
  const active = enrollment?.status === "active"

  const jsonLd = buildCourseJsonLd({
    name: course.title,
    description: course.subtitle || course.description,
    url: canonicalUrl,
    image,
    language: course.language,
    level,
    provider: course.teacher && teacherUrl ? { name: course.teacher.name, url: teacherUrl } : null,
    workload: isoDuration(course.duration_seconds),
    offer: price ? { price: price.amount, currency: price.currencyCode, available: purchasable } : null,
    rating: reviews ? ratingJsonLd(reviews.list) : null,
  })

  return (
    <div className="container page course-page" data-course-id={course.id}>
      <nav className="breadcrumbs" aria-label={dict.nav.breadcrumbs}>
        <ol>
          <li>
            <Link href={localizePath(locale, "/courses")}>{dict.nav.courses}</Link>
          </li>
          <li aria-current="page">{course.title}</li>
        </ol>
      </nav>

      <div className="course-hero">
        <div className="course-hero__main">
          <span className="badge badge--course badge--inline">{dict.product.course}</span>
          <h1 className="product__title" data-testid="course-title">
            {course.title}
          </h1>
          {course.subtitle ? <p className="product__subtitle">{course.subtitle}</p> : null}
          <dl className="course-hero__facts">
            {level ? (
              <div>
                <dt>{c.level}</dt>
                <dd data-testid="course-level">{level}</dd>
              </div>
            ) : null}
            {language ? (
              <div>
                <dt>{c.language}</dt>
                <dd data-testid="course-language">{language}</dd>
              </div>
            ) : null}
            <div>
              <dt>{dict.product.lessons}</dt>
              <dd>{plural(locale, course.lessons_count, c.lessonsCount)}</dd>
            </div>
            {duration ? (
              <div>
                <dt>{dict.product.duration}</dt>
                <dd>{duration}</dd>
              </div>
            ) : null}
            {course.students_count > 0 ? (
              <div>
                <dt>{dict.portal.courses.students}</dt>
                <dd>{plural(locale, course.students_count, c.studentsCount)}</dd>
              </div>
            ) : null}
          </dl>
          {course.product_id ? (
            <ReportButton
              targetType="listing"
              targetId={course.product_id}
              what="course"
              signedIn={signedIn}
              signInHref={`${localizePath(locale, "/account/login")}?next=${encodeURIComponent(localizePath(locale, `/courses/${course.handle}`))}`}
              locale={locale}
              labels={dict.report}
            />
          ) : null}
        </div>

        <aside className="course-buy card" aria-label={c.enrol}>
          {image ? (
            <Thumbnail src={image} alt={course.title} width={640} height={360} className="course-buy__image" placeholder={dict.product.noImage} priority />
          ) : null}
          <p className="product-price" data-testid="course-price">
            {price ? (
              <>
                <span className={price.onSale ? "price price--sale price--large" : "price price--large"}>
                  {formatPrice(price.amount, price.currencyCode, locale)}
                </span>
                {price.onSale ? <s className="price price--original">{formatPrice(price.originalAmount, price.currencyCode, locale)}</s> : null}
              </>
            ) : (
              <span className="price price--none">{dict.product.priceUnavailable}</span>
            )}
          </p>
          {active ? (
            <>
              <p className="form-success">{c.enrolled}</p>
              <Link href={localizePath(locale, `/learn/${course.handle}`)} className="btn btn--primary btn--large btn--block" data-testid="go-to-course">
                {c.goToCourse}
              </Link>
            </>
          ) : (
            <>
              {enrollment?.status === "revoked" ? <p className="notice">{c.revokedHint}</p> : null}
              <ActionForm action={enrolInCourse} className="stack" errorTestId="course-enrol-error">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="handle" value={course.handle} />
                <input type="hidden" name="variant_id" value={purchasable && variant ? variant.id : ""} />
                <input type="hidden" name="quantity" value="1" />
                <SubmitButton
                  className="btn btn--primary btn--large btn--block"
                  disabled={!purchasable}
                  pendingLabel={c.enrolling}
                  testId="course-enrol"
                >
                  {c.enrol}
                </SubmitButton>
              </ActionForm>
              {!purchasable ? <p className="muted small">{c.noVariant}</p> : null}
              {purchasable && !signedIn ? (
                <p className="muted small" data-testid="course-sign-in-hint">
                  {c.signInHint}
                </p>
              ) : null}
            </>
          )}
        </aside>
      </div>

      {(course.outcomes ?? []).length > 0 ? (
        <section className="product-section card" aria-labelledby="course-outcomes">
          <h2 id="course-outcomes" className="section__title section__title--small">
            {c.outcomes}
          </h2>
          <ul className="check-list" data-testid="course-outcomes">
            {(course.outcomes ?? []).map((outcome, index) => (
              <li key={index}>{outcome}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <CourseCurriculum
        handle={course.handle}
        sections={course.sections ?? []}
        lessonsCount={course.lessons_count}
        durationSeconds={course.duration_seconds}
        locale={locale}
        dict={dict}
      />

      {(course.requirements ?? []).length > 0 ? (
        <section className="product-section" aria-labelledby="course-requirements">
          <h2 id="course-requirements" className="section__title">
            {c.requirements}
          </h2>
          <ul className="plain-bullets" data-testid="course-requirements">
            {(course.requirements ?? []).map((requirement, index) => (
              <li key={index}>{requirement}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {course.description ? (
        <section className="product-section" aria-labelledby="course-description">
          <h2 id="course-description" className="section__title">
            {c.description}
          </h2>
          <div className="prose">
            {paragraphs(course.description).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}

      {course.teacher ? (
        <section className="product-section teacher-card card" aria-labelledby="course-teacher" data-testid="course-teacher">
          <h2 id="course-teacher" className="section__title section__title--small">
            {c.teacher}
          </h2>
          <div className="teacher-card__body">
            {course.teacher.logo ? (
              <img className="vendor-avatar" src={course.teacher.logo} alt="" width={64} height={64} loading="lazy" />
            ) : (
              <span className="vendor-avatar vendor-avatar--initials" aria-hidden="true">
                {course.teacher.name.slice(0, 1).toUpperCase()}
              </span>
            )}
            <div>
              <p className="teacher-card__name">
                <Link href={localizePath(locale, `/vendors/${course.teacher.handle}`)} data-testid="teacher-link">
                  {course.teacher.name}
                </Link>
                {course.teacher.verified ? <VerifiedBadge label={dict.vendor.verified} hint={dict.vendor.verifiedHint} /> : null}
              </p>
              {course.teacher.description ? <p className="muted">{course.teacher.description}</p> : null}
              <p>
                <Link href={localizePath(locale, `/vendors/${course.teacher.handle}`)} className="section__more">
                  {interpolate(c.moreFrom, { name: course.teacher.name })} →
                </Link>
              </p>
            </div>
          </div>
        </section>
      ) : null}

      {reviews && course.product_id ? (
        <ReviewsSection
          productId={course.product_id}
          handle={course.handle}
          returnPath={`/courses/${course.handle}`}
          data={reviews}
          locale={locale}
          dict={dict}
        />
      ) : null}

      <JsonLd data={jsonLd} />
    </div>
  )
}
