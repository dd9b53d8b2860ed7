import type { IncomingMessage, ServerResponse } from "node:http"

export type EdgeCacheOptions = {
  origin: string
  maxBytes?: number
  maxEntryBytes?: number
  postPaths?: string[]
  maxPostBodyBytes?: number
  token?: string
  now?: () => number
  maxSockets?: number
}

export type EdgeStats = {
  hit: number
  stale: number
  miss: number
  coalesced: number
  bypass: number
  revalidated: number
  stored: number
  evicted: number
  origin_errors: number
  entries: number
  bytes: number
  hit_ratio: number
}

export function createEdgeCache(options: EdgeCacheOptions): {
  handler: (req: IncomingMessage, res: ServerResponse) => void
  stats: () => EdgeStats
  purge: (prefix?: string) => number
  close: () => void
}

export function startEdgeCache(
  options: EdgeCacheOptions & { port?: number; host?: string }
): Promise<{ url: string; stats: () => EdgeStats; purge: (prefix?: string) => number; close: () => Promise<void> }>

export function freshness(status: number, headers: Record<string, unknown>): { freshMs: number; staleMs: number; errorMs: number } | null
export function parseCacheControl(value: unknown): Map<string, string | true>
