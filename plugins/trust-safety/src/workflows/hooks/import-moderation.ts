import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { moderateListings, undoModeration, type ModerationUndo } from "../moderation/steps"

type ImportedProducts = { vendor_id: string; product_ids: string[]; created_ids: string[]; updated_ids: string[] }
type HookWorkflow = {
  hooks: {
    productsImported: (
      invoke: (input: ImportedProducts, ctx: { container: never }) => Promise<StepResponse<null, ModerationUndo>>,
      compensate: (undo: ModerationUndo | undefined, ctx: { container: never }) => Promise<void>
    ) => void
  }
}

/**
 * The catalogue import writes products without Medusa's product workflows (multi-row INSERTs, or
 * the modules' bulk methods), so its batch workflow exposes the hook `productsImported` with the
 * batch's new and updated product ids: they get the same automatic check as every other listing,
 * set-based (one pass for the whole batch), before the batch completes and its search event is
 * emitted. A failing later step of the batch undoes the cases and the hidden listings.
 *
 * The import plugin is optional: without it there is nothing to hook (it does not depend on us).
 */
function importBatchWorkflow(): HookWorkflow | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const workflow = require("@vitrina/catalog-import/workflows").importCatalogBatchWorkflow as HookWorkflow | undefined
    return workflow?.hooks?.productsImported ? workflow : null
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === "MODULE_NOT_FOUND" && err.message.includes("@vitrina/catalog-import")) return null
    throw e
  }
}

importBatchWorkflow()?.hooks.productsImported(
  async ({ product_ids, vendor_id }, { container }) => new StepResponse(null, await moderateListings(container, product_ids, { vendor_id })),
  async (undo, { container }) => undoModeration(container, undo)
)
