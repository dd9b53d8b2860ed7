import { buildPlugins } from "./lib/workspace.mjs"

await buildPlugins()
