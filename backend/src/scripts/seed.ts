import type { CreateProductWorkflowInputDTO, ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  listShippingOptionsForCartWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { courseProductInput, createCoursesWorkflow, recordLessonProgressWorkflow } from "@vitrina/courses/workflows"
import { createVendorProductsWorkflow, createVendorsWorkflow } from "@vitrina/marketplace/workflows"
import { createReviewWorkflow, replyToReviewWorkflow } from "@vitrina/reviews/workflows"
import { CATEGORIES, DEMO_PASSWORDS, optionCombinations, VENDORS, type DemoCourse, type DemoProduct } from "./seed/catalog"
import { CURRICULA, DEMO_STUDENTS } from "./seed/curriculum"
import { DEMO_COURSE_REVIEWS, DEMO_PRODUCT_REVIEWS } from "./seed/reviews"
import { productImage, productVideo } from "./seed/media"

const SEED_MARK = "vitrina_demo_seeded_at"
const EU_COUNTRIES = ["de", "fr", "es", "it", "nl", "at", "be", "pl", "se", "dk", "fi", "ie", "pt", "cz"]
const US_COUNTRIES = ["us"]

/**
 * Demo data for a fresh Vitrina: regions (EUR, USD), shipping, vendors (sellers and teachers) with
 * their products and courses, locally generated images and videos, and demo accounts.
 * Idempotent: a second run finds the store marked as seeded and does nothing.
 */
export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store?.metadata?.[SEED_MARK]) {
    logger.info(`Demo data already present (seeded ${String(store.metadata[SEED_MARK])}); nothing to do.`)
    return
  }
  const vendorModule = container.resolve("vendor") as { listVendors: (f: object) => Promise<unknown[]> }
  if ((await vendorModule.listVendors({ handle: VENDORS[0].handle })).length) {
    throw new Error("A previous seed stopped half-way. Reset the database (npm run reset) and start again.")
  }

  const started = Date.now()
  const { salesChannelId, regions } = await seedStoreAndRegions(container, store.id)
  const { stockLocationId, zones } = await seedFulfillment(container, salesChannelId)
  const categoryIds = await seedCategories(container)
  await seedVendorsAndCatalog(container, { salesChannelId, stockLocationId, zones, regions, categoryIds })
  await seedAccounts(container)
  await seedStudents(container)
  await seedReviews(container, salesChannelId)

  await storeModule.updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), [SEED_MARK]: new Date().toISOString() },
  })
  logger.info(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

async function seedStoreAndRegions(container: MedusaContainer, storeId: string) {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [salesChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  const channel =
    salesChannel ?? (await salesChannelModule.createSalesChannels({ name: "Default Sales Channel" }))

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        name: "Vitrina",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES, payment_providers: ["pp_system_default"], automatic_taxes: true },
        { name: "United States", currency_code: "usd", countries: US_COUNTRIES, payment_providers: ["pp_system_default"], automatic_taxes: true },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [...EU_COUNTRIES, ...US_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  return { salesChannelId: channel.id, regions }
}

async function seedFulfillment(container: MedusaContainer, salesChannelId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Vitrina Fulfilment Centre", address: { address_1: "Speicherstadt 1", city: "Hamburg", country_code: "DE", postal_code: "20457" } },
      ],
    },
  })
  const stockLocationId = locations[0].id
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Vitrina Fulfilment Centre delivery",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
      { name: "United States", geo_zones: US_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocationId, add: [salesChannelId] },
  })
  const zones = Object.fromEntries(fulfillmentSet.service_zones.map((z) => [z.name, z.id]))
  return { stockLocationId, zones }
}

/**
 * Each seller ships its own goods: its own shipping profile (linked to the vendor) with Standard and
 * Express options per region. Medusa then asks for one shipping method per seller in a cart, and the
 * order split hands each seller its own shipping. Teachers get none: courses do not ship.
 */
async function seedSellerShipping(
  container: MedusaContainer,
  vendor: { id: string; name: string },
  ctx: { zones: Record<string, string>; regions: { id: string; currency_code: string }[] }
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${vendor.name} shipping`, type: "default" }] },
  })
  await link.create({ vendor: { vendor_id: vendor.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } })

  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const regionOf = (currency: string) => ctx.regions.find((r) => r.currency_code === currency)!.id
  const option = (zoneName: string, currency: string, code: string, label: string, description: string, amount: number) => ({
    name: `${label} (${zoneName}) · ${vendor.name}`,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: ctx.zones[zoneName],
    shipping_profile_id: profile.id,
    type: { label, description, code },
    prices: [
      { currency_code: currency, amount },
      { region_id: regionOf(currency), amount },
    ],
    rules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Europe", "eur", "standard", "Standard", "Delivered in 2–4 business days.", 4.9),
      option("Europe", "eur", "express", "Express", "Delivered next business day.", 12.9),
      option("United States", "usd", "standard", "Standard", "Delivered in 5–8 business days.", 9.9),
      option("United States", "usd", "express", "Express", "Delivered in 2–3 business days.", 24.9),
    ],
  })
  return profile.id
}

async function seedCategories(container: MedusaContainer) {
  const ids: Record<string, string> = {}
  for (const pass of [false, true]) {
    const batch = CATEGORIES.filter((c) => ("parent" in c) === pass)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: batch.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          parent_category_id: "parent" in c ? ids[c.parent] : null,
        })),
      },
    })
    result.forEach((c) => (ids[c.handle] = c.id))
  }
  return ids
}

async function upload(container: MedusaContainer, filename: string, mimeType: string, content: Buffer) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename, mimeType, content: content.toString("base64"), access: "public" }] },
  })
  return result[0].url
}

type CatalogContext = {
  salesChannelId: string
  stockLocationId: string
  zones: Record<string, string>
  regions: { id: string; currency_code: string }[]
  categoryIds: Record<string, string>
}

async function seedVendorsAndCatalog(container: MedusaContainer, ctx: CatalogContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { result: vendors } = await createVendorsWorkflow(container).run({
    input: {
      vendors: VENDORS.map((v) => ({
        handle: v.handle,
        name: v.name,
        kind: v.kind,
        status: "active" as const,
        verified: v.verified,
        description: v.description,
        email: v.owner.email,
        country_code: v.country_code,
        currency_code: v.currency_code,
        members: [{ email: v.owner.email, name: v.owner.name, role: "owner" as const }],
      })),
    },
  })

  for (const demo of VENDORS) {
    const vendor = vendors.find((v) => v.handle === demo.handle)!
    const products: CreateProductWorkflowInputDTO[] = []
    const shippingProfileId = demo.kind === "seller" ? await seedSellerShipping(container, vendor, ctx) : null
    for (const p of demo.products ?? []) {
      if (!shippingProfileId) throw new Error(`${demo.name} sells physical products but is not a seller`)
      products.push(await physicalProductInput(container, p, ctx, shippingProfileId))
    }
    if (products.length) {
      await createVendorProductsWorkflow(container).run({ input: { vendor_id: vendor.id, products } })
    }
    const courses: Awaited<ReturnType<typeof demoCourseInput>>[] = []
    for (const c of demo.courses ?? []) {
      courses.push(await demoCourseInput(container, c, ctx))
    }
    if (courses.length) {
      await createCoursesWorkflow(container).run({ input: { vendor_id: vendor.id, courses } })
    }
    logger.info(`Seeded ${products.length + courses.length} listings for ${demo.name}`)
  }

  // Stock for every managed variant at the fulfilment centre.
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item: { id: string }, i: number) => ({
        inventory_item_id: item.id,
        location_id: ctx.stockLocationId,
        stocked_quantity: 20 + ((i * 37) % 80),
      })),
    },
  })
}

async function physicalProductInput(
  container: MedusaContainer,
  p: DemoProduct,
  ctx: CatalogContext,
  shippingProfileId: string
): Promise<CreateProductWorkflowInputDTO> {
  const front = productImage({ hue: p.hue, shape: p.shape })
  const back = productImage({ hue: p.hue, shape: p.shape, variant: 1 })
  const images = [
    await upload(container, `${p.handle}-1.png`, "image/png", front),
    await upload(container, `${p.handle}-2.png`, "image/png", back),
  ]
  const video = productVideo(front)
  const videoUrl = video ? await upload(container, `${p.handle}.webm`, "video/webm", video) : null

  return {
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    weight: p.weight,
    shipping_profile_id: shippingProfileId,
    category_ids: [ctx.categoryIds[p.category]],
    thumbnail: images[0],
    images: images.map((url) => ({ url })),
    metadata: { kind: "physical", ...(videoUrl ? { video_url: videoUrl, video_width: 480, video_height: 480 } : {}) },
    options: p.options.map((o) => ({ title: o.title, values: o.values })),
    variants: optionCombinations(p.options).map((combo) => ({
      title: Object.values(combo).join(" / "),
      sku: `${p.handle}-${Object.values(combo).join("-")}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
      options: combo,
      manage_inventory: true,
      prices: [
        { currency_code: "eur", amount: p.eur },
        { currency_code: "usd", amount: p.usd },
      ],
    })),
    sales_channels: [{ id: ctx.salesChannelId }],
  }
}

/** A demo course: its product (cover image, EUR/USD prices) and its curriculum with private lesson videos. */
async function demoCourseInput(container: MedusaContainer, c: DemoCourse, ctx: CatalogContext) {
  const curriculum = CURRICULA[c.handle]
  if (!curriculum) throw new Error(`No demo curriculum for ${c.handle}`)
  const cover = productImage({ hue: c.hue, shape: "square" })
  const coverUrl = await upload(container, `${c.handle}-cover.png`, "image/png", cover)
  // One short clip per course, stored privately: lesson videos are only streamed to students.
  const clip = productVideo(productImage({ hue: c.hue, shape: "ring" }))
  const video = clip ? await uploadPrivate(container, `${c.handle}-lesson.webm`, "video/webm", clip) : null
  return {
    product: courseProductInput({
      title: c.title,
      subtitle: c.subtitle,
      handle: c.handle,
      description: c.description,
      thumbnail: coverUrl,
      level: c.level,
      language: c.language,
      category_ids: [ctx.categoryIds[c.category]],
      prices: [
        { currency_code: "eur", amount: c.eur },
        { currency_code: "usd", amount: c.usd },
      ],
      sales_channel_id: ctx.salesChannelId,
      published: true,
    }),
    course: {
      subtitle: c.subtitle,
      level: c.level,
      language: c.language,
      outcomes: curriculum.outcomes,
      requirements: curriculum.requirements,
      status: "published" as const,
      sections: curriculum.sections.map((section, si) => ({
        title: section.title,
        lessons: section.lessons.map(([kind, title, minutes], li) => ({
          title,
          // Without an ffmpeg binary for this platform, video lessons become text lessons.
          kind: kind === "v" && video ? ("video" as const) : ("text" as const),
          duration_seconds: minutes * 60,
          is_preview: si === 0 && li === 0,
          body: kind === "t" || !video ? `${title}. ${c.description}` : null,
          ...(kind === "v" && video ? { video_file_id: video.id, video_mime_type: "video/webm", video_size: clip!.length } : {}),
        })),
      })),
    },
  }
}

async function uploadPrivate(container: MedusaContainer, filename: string, mimeType: string, content: Buffer) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename, mimeType, content: content.toString("base64"), access: "private" }] },
  })
  return { id: result[0].id }
}

async function registerIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity
}

async function seedAccounts(container: MedusaContainer) {
  const auth = container.resolve(Modules.AUTH)

  const operator = await registerIdentity(container, DEMO_PASSWORDS.operator.email, DEMO_PASSWORDS.operator.password)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: operator.id, userData: { email: DEMO_PASSWORDS.operator.email, first_name: "Olga", last_name: "Operator" } },
  })

  const customer = await registerIdentity(container, DEMO_PASSWORDS.customer.email, DEMO_PASSWORDS.customer.password)
  await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: customer.id, customerData: { email: DEMO_PASSWORDS.customer.email, first_name: "Chris", last_name: "Customer" } },
  })

  // Vendor logins: the `vendor` actor's id is the member id (POST /auth/vendor/emailpass).
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const demo of VENDORS.filter((v) => v.owner.password)) {
    const { data: members } = await query.graph({
      entity: "vendor_member",
      fields: ["id"],
      filters: { email: demo.owner.email },
    })
    const identity = await registerIdentity(container, demo.owner.email, demo.owner.password!)
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { vendor_id: members[0].id } })
  }
}

/**
 * Demo students enrolled in the courses with varied progress (some finished, some stopped early),
 * so the teachers' numbers (students, completion rate, average progress, drop-off) mean something,
 * and a few questions on the lessons, one answered by the teacher. Finished students complete their
 * last lesson through the real progress workflow, which issues their certificates. The demo customer
 * is enrolled in one course, half-way through.
 */
async function seedStudents(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const courses = container.resolve("courses") as CoursesService
  const { data: list } = await query.graph({
    entity: "course",
    fields: ["id", "handle", "sections.rank", "sections.lessons.id", "sections.lessons.rank", "sections.lessons.title", "sections.lessons.duration_seconds"],
  })
  type DemoLessonRow = { id: string; rank: number; title: string; duration_seconds: number }
  type DemoCourseRow = { id: string; handle: string; sections: { rank: number; lessons: DemoLessonRow[] }[] }
  const ordered = [...(list as unknown as DemoCourseRow[])]
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .map((c) => ({
      id: c.id,
      handle: c.handle,
      lessons: [...c.sections].sort((a, b) => a.rank - b.rank).flatMap((s) => [...s.lessons].sort((a, b) => a.rank - b.rank)),
    }))
  const { result: students } = await createCustomersWorkflow(container).run({
    input: {
      customersData: DEMO_STUDENTS.map((s) => ({
        first_name: s.first,
        last_name: s.last,
        email: `${s.first}.${s.last}@students.vitrina.local`.toLowerCase(),
      })),
    },
  })
  const { data: [demoCustomer] } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: DEMO_PASSWORDS.customer.email } })
  const plan = DEMO_STUDENTS.flatMap((s, i) =>
    s.progress.map((share, j) => ({ customerId: students[i].id, course: ordered[(i + j * 2) % ordered.length], share }))
  )
  plan.push({ customerId: demoCustomer.id, course: ordered.find((c) => c.handle === "typescript-zero-to-production")!, share: 0.5 })

  const day = 24 * 3600 * 1000
  for (const [n, p] of plan.entries()) {
    const done = Math.floor(p.share * p.course.lessons.length)
    const finished = done === p.course.lessons.length
    const enrolledAt = new Date(Date.now() - (30 - (n % 25)) * day)
    const current = p.course.lessons[Math.min(done, p.course.lessons.length - 1)]
    const enrollment = await courses.createEnrollments({
      course_id: p.course.id,
      customer_id: p.customerId,
      status: "active",
      enrolled_at: enrolledAt,
      last_lesson_id: done > 0 || p.share > 0 ? current.id : null,
    })
    // A finished student completes the last lesson through the real workflow below (certificate).
    const direct = finished ? done - 1 : done
    const rows = p.course.lessons.slice(0, direct).map((l, k) => ({
      enrollment_id: enrollment.id,
      lesson_id: l.id,
      course_id: p.course.id,
      seconds_watched: l.duration_seconds,
      position_seconds: l.duration_seconds,
      completed_at: new Date(enrolledAt.getTime() + (k + 1) * 3600 * 1000),
    }))
    if (!finished && p.share > 0) {
      // Stopped part-way into the next lesson.
      const watched = Math.round(current.duration_seconds * 0.4)
      rows.push({ enrollment_id: enrollment.id, lesson_id: current.id, course_id: p.course.id, seconds_watched: watched, position_seconds: watched, completed_at: null as unknown as Date })
    }
    if (rows.length) await courses.createLessonProgresses(rows)
    if (finished) {
      const last = p.course.lessons[done - 1]
      await recordLessonProgressWorkflow(container).run({
        input: { enrollment_id: enrollment.id, customer_id: p.customerId, lesson_id: last.id, completed: true },
      })
    }
  }

  const ts = ordered.find((c) => c.handle === "typescript-zero-to-production")!
  const { data: [teacher] } = await query.graph({ entity: "vendor_member", fields: ["id", "vendor.name"], filters: { email: DEMO_PASSWORDS.teacher.email } })
  const asked = await courses.createQuestions([
    {
      course_id: ts.id,
      lesson_id: ts.lessons[4].id,
      customer_id: students[0].id,
      author_name: `${DEMO_STUDENTS[0].first} ${DEMO_STUDENTS[0].last[0]}.`,
      title: "When should I prefer generics over unions?",
      body: "In the generics lesson both seem to solve the same problem. Is there a rule of thumb?",
      answered_by_teacher: true,
      upvotes: 0,
    },
    {
      course_id: ts.id,
      lesson_id: ts.lessons[8].id,
      customer_id: students[4].id,
      author_name: `${DEMO_STUDENTS[4].first} ${DEMO_STUDENTS[4].last[0]}.`,
      title: "Jest cannot find my TypeScript files",
      body: "I followed the testing lesson but Jest says 'Cannot use import statement outside a module'. What did I miss?",
      upvotes: 0,
    },
  ])
  await courses.createAnswers([
    {
      question_id: asked[0].id,
      author_type: "vendor",
      author_id: teacher.id,
      author_name: teacher.vendor!.name,
      is_teacher: true,
      body: "Use a union when the set of shapes is closed and known; use a generic when the caller decides the type and you only pass it through.",
    },
    {
      question_id: asked[1].id,
      author_type: "customer",
      author_id: students[2].id,
      author_name: `${DEMO_STUDENTS[2].first} ${DEMO_STUDENTS[2].last[0]}.`,
      body: "I had the same: you need a transform for .ts files in jest.config (ts-jest or @swc/jest).",
    },
  ])
  const voters = [students[1].id, students[3].id, students[5].id]
  await courses.createQuestionVotes(voters.map((customer_id) => ({ question_id: asked[1].id, customer_id })))
  await courses.updateQuestions({ id: asked[1].id, upvotes: voters.length })
}

/**
 * Reviews of the courses by demo students who are enrolled (the same eligibility check as the
 * store: the review workflow refuses anyone who did not buy), through the real workflow, so the
 * aggregates, product metadata and search index follow. One teacher reply.
 */
async function seedReviews(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await seedProductReviews(container, salesChannelId)
  const { data: enrolments } = await query.graph({
    entity: "enrollment",
    fields: ["id", "customer_id", "course_id", "enrolled_at"],
    filters: { status: "active" },
  })
  const { data: courses } = await query.graph({ entity: "course", fields: ["id", "handle", "product.id"] })
  const productOf = new Map((courses as unknown as { id: string; product?: { id: string } | null }[]).map((c) => [c.id, c.product?.id]))
  const { data: [demoCustomer] } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: DEMO_PASSWORDS.customer.email } })
  const rows = (enrolments as unknown as { customer_id: string; course_id: string }[])
    .filter((e) => e.customer_id !== demoCustomer?.id) // the demo customer can write their own in the store
    .sort((a, b) => a.course_id.localeCompare(b.course_id) || a.customer_id.localeCompare(b.customer_id))
  const written: { id: string; product_id: string; rating: number }[] = []
  for (const [i, e] of rows.entries()) {
    const text = DEMO_COURSE_REVIEWS[i % DEMO_COURSE_REVIEWS.length]
    const productId = productOf.get(e.course_id)
    if (!productId || i % 4 === 3) continue // not every student writes a review
    const { result } = await createReviewWorkflow(container).run({
      input: { product_id: productId, customer_id: e.customer_id, rating: text.rating, title: text.title, body: text.body, photo_ids: [] },
    })
    written.push({ id: result.id, product_id: productId, rating: text.rating })
  }
  const critical = written.find((w) => w.rating <= 3) ?? written[0]
  if (critical) {
    const { data: [owner] } = await query.graph({
      entity: "product",
      fields: ["vendor.name", "vendor.members.id"],
      filters: { id: critical.product_id },
    })
    const vendor = (owner as unknown as { vendor?: { name: string; members?: { id: string }[] } | null }).vendor
    if (vendor?.members?.[0]) {
      await replyToReviewWorkflow(container).run({
        input: {
          review_id: critical.id,
          member_id: vendor.members[0].id,
          author_name: vendor.name,
          body: "Thank you for the honest feedback! The exercises of the second section are being rewritten with more worked examples.",
        },
      })
    }
  }
}

/**
 * A few demo students buy goods through the real checkout (cart, the seller's shipping, system
 * payment, `completeCartWorkflow` — so the order is split per seller like any other) and review
 * what they bought through the review workflow.
 */
async function seedProductReviews(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
  const region = (regions as { id: string; currency_code: string }[]).find((r) => r.currency_code === "eur")!
  const address = { first_name: "Demo", last_name: "Student", address_1: "Torstraße 1", city: "Berlin", postal_code: "10119", country_code: "de" }
  const handles = [...new Set(DEMO_PRODUCT_REVIEWS.map((r) => r.product))]
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "variants.id"], filters: { handle: handles } })
  const productBy = new Map((products as unknown as { id: string; handle: string; variants: { id: string }[] }[]).map((p) => [p.handle, p]))
  const emails = [...new Set(DEMO_PRODUCT_REVIEWS.map((r) => r.student))]
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { email: emails } })
  const customerBy = new Map((customers as { id: string; email: string }[]).map((c) => [c.email, c]))

  for (const email of emails) {
    const customer = customerBy.get(email)
    const mine = DEMO_PRODUCT_REVIEWS.filter((r) => r.student === email)
    if (!customer) continue
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: salesChannelId,
        customer_id: customer.id,
        email,
        shipping_address: address,
        billing_address: address,
        items: mine.map((r) => ({ variant_id: productBy.get(r.product)!.variants[0].id, quantity: 1 })),
      },
    })
    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const byProfile = new Map<string, string>()
    for (const o of options as { id: string; shipping_profile_id: string }[]) {
      if (!byProfile.has(o.shipping_profile_id)) byProfile.set(o.shipping_profile_id, o.id)
    }
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [...byProfile.values()].map((id) => ({ id })) } })
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const { data: [withPayment] } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: (withPayment as { payment_collection: { id: string } }).payment_collection.id, provider_id: "pp_system_default" },
    })
    await completeCartWorkflow(container).run({ input: { id: cart.id } })
    for (const r of mine) {
      await createReviewWorkflow(container).run({
        input: { product_id: productBy.get(r.product)!.id, customer_id: customer.id, rating: r.rating, title: r.title, body: r.body, photo_ids: [] },
      })
    }
  }
}

type CoursesService = {
  createEnrollments: (data: Record<string, unknown>) => Promise<{ id: string }>
  createLessonProgresses: (data: Record<string, unknown>[]) => Promise<unknown>
  createQuestions: (data: Record<string, unknown>[]) => Promise<{ id: string }[]>
  createAnswers: (data: Record<string, unknown>[]) => Promise<unknown>
  createQuestionVotes: (data: Record<string, unknown>[]) => Promise<unknown>
  updateQuestions: (data: Record<string, unknown>) => Promise<unknown>
}
