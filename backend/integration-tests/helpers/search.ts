import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { eventually } from "./courses"

type Response = { status: number; data: any; headers?: Record<string, string | undefined> } // eslint-disable-line @typescript-eslint/no-explicit-any
type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<Response> }

/* eslint-disable @typescript-eslint/no-explicit-any -- the Search Module's results are the engine's documents */
export type SearchHit = { id: string; document: Record<string, any> }
export type SearchResult = { hits: SearchHit[]; facets?: Record<string, any>; metadata: { count?: number; skip: number; take: number } }
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The Search Module seeds its indexes in the background at application start, and the test
 * runner restores the database under it between tests; this (re)builds the catalogue index and
 * waits until it serves reads.
 */
export async function catalogIndexReady(container: MedusaContainer) {
  const search = container.resolve(Modules.SEARCH)
  const status = async () => (await search.listIndexes()).find((i) => i.name === "catalog")?.status
  if ((await status()) === "ready") return
  await search.reindex({ index: "catalog" })
  await eventually(async () => ((await status()) === "ready" ? true : null), 30_000)
}

/** POST /store/search on the catalogue index; resolves to the single result (or the error response). */
export async function searchCatalog(api: Api, headers: Record<string, string>, body: Record<string, unknown> = {}) {
  const res = await api
    .post("/store/search", { entity: "catalog", ...body }, { headers })
    .catch((e: { response: Response }) => e.response)
  return {
    status: res.status,
    data: res.data,
    headers: res.headers ?? {},
    result: res.data?.results?.[0] as SearchResult | undefined,
  }
}

/** Hits' titles, for compact assertions. */
export const titles = (r: { result?: SearchResult }) => (r.result?.hits ?? []).map((h) => h.document.title as string).sort()
