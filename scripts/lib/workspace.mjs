import { readdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "./proc.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND = path.join(ROOT, "backend")
export const STOREFRONT = path.join(ROOT, "storefront")
export const BIN = path.join(ROOT, "node_modules/.bin")

/** Environment every command gets: no telemetry, local binaries on PATH. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${BIN}:${process.env.PATH}`,
    ...extra,
  }
}

/** Medusa plugin packages: every plugins/* plus admin-extensions. */
export function pluginDirs() {
  // marketplace first: the other plugins import its built output (the vendor guard, its workflows);
  // then courses, whose course workflow catalog-import runs; the rest in name order.
  const FIRST = ["marketplace", "courses"]
  const rank = (name) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length)
  const plugins = readdirSync(path.join(ROOT, "plugins"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => path.join(ROOT, "plugins", name))
  return [...plugins, path.join(ROOT, "admin-extensions")]
}

/** An unbuilt plugin is skipped silently by Medusa, so every start and test builds them first. */
export async function buildPlugins() {
  for (const dir of pluginDirs()) {
    await run("medusa", ["plugin:build"], { cwd: dir, env: baseEnv() })
  }
}
