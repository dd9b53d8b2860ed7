import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type Method = (typeof METHODS)[number]

/** The /vendor API of a plugin's `src/api/vendor` folder, relative to the repository root. */
export const vendorApiRoot = (plugin: string) => path.resolve(__dirname, `../../../plugins/${plugin}/src/api/vendor`)

/**
 * Every route and method of a route folder, read from the route files (`[param]` folders become
 * `:param`), so that an isolation matrix can require an entry for each of them.
 */
export function discoverRoutes(dir: string, prefix = "/vendor"): { path: string; method: string }[] {
  const found: { path: string; method: string }[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith("__")) {
      const segment = entry.name.startsWith("[") ? `:${entry.name.slice(1, -1)}` : entry.name
      found.push(...discoverRoutes(path.join(dir, entry.name), `${prefix}/${segment}`))
    } else if (/^route\.[jt]s$/.test(entry.name)) {
      const source = readFileSync(path.join(dir, entry.name), "utf8")
      for (const method of METHODS) {
        if (new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b|export\\s*\\{[^}]*\\b${method}\\b`).test(source)) {
          found.push({ path: prefix, method })
        }
      }
    }
  }
  return found
}
