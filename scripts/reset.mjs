// `npm run reset`: forget the embedded database and uploaded demo files (start again from scratch).
import { rmSync } from "node:fs"
import path from "node:path"
import { BACKEND, ROOT } from "./lib/workspace.mjs"

for (const dir of [path.join(ROOT, ".data"), path.join(BACKEND, "static"), path.join(BACKEND, "private")]) {
  rmSync(dir, { recursive: true, force: true })
  process.stdout.write(`removed ${path.relative(ROOT, dir)}\n`)
}
