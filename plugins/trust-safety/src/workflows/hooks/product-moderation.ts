import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { moderateListings, undoModeration, type ModerationUndo } from "../moderation/steps"

// Every product (a seller's product, a course's product, an imported one, the operator's own) is
// checked inside Medusa's own product workflows, before the workflow completes: a listing that is
// not approved never becomes visible. Compensation undoes the case and status changes if the
// workflow fails after the hook.
createProductsWorkflow.hooks.productsCreated(
  async ({ products }, { container }) => new StepResponse(null, await moderateListings(container, products.map((p) => p.id))),
  async (undo: ModerationUndo | undefined, { container }) => undoModeration(container, undo)
)

updateProductsWorkflow.hooks.productsUpdated(
  async ({ products }, { container }) => new StepResponse(null, await moderateListings(container, products.map((p) => p.id))),
  async (undo: ModerationUndo | undefined, { container }) => undoModeration(container, undo)
)
