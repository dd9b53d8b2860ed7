import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { gunzipSync, gzipSync } from "node:zlib"
import type { PlanProduct } from "./types"

/** The validated plan is kept as a PRIVATE file of the file module (local folder or S3), gzipped JSON. */
export async function storePlan(container: MedusaContainer, vendorId: string, products: PlanProduct[]): Promise<string> {
  const content = gzipSync(Buffer.from(JSON.stringify(products)), { level: 1 })
  const [file] = await container.resolve(Modules.FILE).createFiles([
    { filename: `catalog-import-${vendorId}.json.gz`, mimeType: "application/gzip", content: content.toString("base64"), access: "private" },
  ])
  return file.id
}

export async function loadPlan(container: MedusaContainer, key: string): Promise<PlanProduct[]> {
  const buffer = await container.resolve(Modules.FILE).getAsBuffer(key)
  return JSON.parse(gunzipSync(buffer).toString("utf8")) as PlanProduct[]
}

export async function deletePlan(container: MedusaContainer, key: string) {
  await container.resolve(Modules.FILE).deleteFiles([key])
}

/** Batches of whole products, about `size` SKUs each (a product is never split across batches). */
export function toBatches(products: PlanProduct[], size: number): PlanProduct[][] {
  const batches: PlanProduct[][] = []
  let current: PlanProduct[] = []
  let count = 0
  for (const p of products) {
    if (count > 0 && count + p.variants.length > size) {
      batches.push(current)
      current = []
      count = 0
    }
    current.push(p)
    count += p.variants.length
  }
  if (current.length) batches.push(current)
  return batches
}
