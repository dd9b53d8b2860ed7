import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CATALOG_CHANGED_EVENT } from "@vitrina/marketplace/lib/catalog-search"
import { createHook, createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCoursesWorkflow, courseProductInput } from "@vitrina/courses/workflows"
import { VENDOR_MODULE } from "@vitrina/marketplace/modules/vendor"
import type { BatchInput, BatchResult } from "../lib/types"
import { setImportPricesStep, setImportStockStep } from "./steps/write-prices-stock"
import { planAndBulkCreateStep } from "./steps/bulk-create-products"
import { createImportProductsStep, updateImportProductsStep } from "./steps/write-products"

export const importCatalogBatchWorkflowId = "import-catalog-batch"

/**
 * Writes one batch of an import (about batch_size SKUs). New products are written by the bulk
 * writer: every row of the product, its options, variants, images, categories, prices, stock and
 * links as multi-row INSERTs in one transaction (or, with `writer: "service"`, by the modules'
 * bulk methods). Existing products are updated through the modules' services (products with
 * options and variants, price sets and their links, inventory items, links and levels). New
 * courses go through the courses plugin's createCoursesWorkflow. Keyed by handle and SKU, so
 * running a batch twice updates instead of duplicating; any failure compensates every step of
 * the batch.
 *
 * Hook `productsImported({ vendor_id, product_ids, created_ids, updated_ids })`: the batch's
 * imported products (new ones from either writer and updated ones; not courses, which go through
 * Medusa's createProductsWorkflow and its own hooks), once their links, prices and stock exist
 * and before the batch's search event. Neither writer runs Medusa's product workflows, so a plugin
 * that checks listings (trust-safety's moderation) handles this hook; its compensation runs when
 * a later step of the batch fails.
 */
export const importCatalogBatchWorkflow = createWorkflow(importCatalogBatchWorkflowId, (input: BatchInput) => {
  const plan = planAndBulkCreateStep(input)
  // Only the target travels on from the input (the workflow engine deep-copies what a step gets).
  const target = transform({ target: input.target }, ({ target }) => target)
  const created = createImportProductsStep(transform({ plan, target }, ({ plan, target }) => ({ products: plan.creates, target })))
  const updated = updateImportProductsStep(transform({ plan, target }, ({ plan, target }) => ({ updates: plan.updates, target })))

  const links = transform({ created, target }, ({ created, target }): LinkDefinition[] =>
    created.product_ids.flatMap((product_id): LinkDefinition[] => [
      { [VENDOR_MODULE]: { vendor_id: target.vendor_id }, [Modules.PRODUCT]: { product_id } },
      ...(target.sales_channel_id
        ? [{ [Modules.PRODUCT]: { product_id }, [Modules.SALES_CHANNEL]: { sales_channel_id: target.sales_channel_id } }]
        : []),
      ...(target.shipping_profile_id
        ? [{ [Modules.PRODUCT]: { product_id }, [Modules.FULFILLMENT]: { shipping_profile_id: target.shipping_profile_id } }]
        : []),
    ])
  )
  const variants = transform({ created, updated }, ({ created, updated }) => [...created.variants, ...updated.variants])
  // Independent writes to different modules run side by side.
  parallelize(
    createRemoteLinkStep(links),
    setImportPricesStep(variants),
    setImportStockStep(transform({ variants, target }, ({ variants, target }) => ({ variants, location_id: target.location_id })))
  )

  when("create-imported-courses", { plan }, ({ plan }) => plan.courses.length > 0).then(() => {
    createCoursesWorkflow.runAsStep({
      input: transform({ plan, target }, ({ plan, target }) => ({
        vendor_id: target.vendor_id,
        courses: plan.courses.map((p) => {
          const product = courseProductInput({
            title: p.title,
            handle: p.handle,
            description: p.description,
            thumbnail: p.image_urls[0] ?? null,
            level: p.course?.level,
            language: p.course?.language,
            prices: p.variants[0].prices,
            category_ids: p.category_ids,
            sales_channel_id: target.sales_channel_id,
            published: false,
          })
          product.images = p.image_urls.map((url) => ({ url }))
          product.variants = product.variants!.map((v) => ({ ...v, sku: p.variants[0].sku }))
          return { product, course: { level: p.course?.level, language: p.course?.language } }
        }),
      })),
    })
  })

  const result = transform({ plan, created, updated }, ({ plan, created, updated }): BatchResult => {
    const fresh = updated.variants.length - plan.updates.reduce((n, u) => n + u.variants.filter((v) => v.variant_id).length, 0)
    return {
      created: plan.bulk.variants + created.variants.length + fresh + plan.courses.length,
      updated: updated.variants.length - fresh,
      product_ids: [...plan.bulk.product_ids, ...created.product_ids, ...updated.product_ids],
    }
  })
  const importedIds = transform({ plan, created, updated, target }, ({ plan, created, updated, target }) => ({
    vendor_id: target.vendor_id,
    created_ids: [...plan.bulk.product_ids, ...created.product_ids],
    updated_ids: updated.product_ids,
    product_ids: [...plan.bulk.product_ids, ...created.product_ids, ...updated.product_ids],
  }))
  const productsImported = createHook("productsImported", importedIds)

  // One event per batch for the search index "catalog" (it re-reads these products once their
  // links, prices and stock exist), emitted when the batch's workflow has succeeded.
  emitEventStep({
    eventName: CATALOG_CHANGED_EVENT,
    data: transform({ result }, ({ result }) => ({ product_ids: result.product_ids })),
  })
  return new WorkflowResponse(result, { hooks: [productsImported] })
})
