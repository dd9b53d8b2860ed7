// Child processes in their own process groups, so that stopping one stops everything it started
// (`npx medusa develop` leaves its server running otherwise).
import { spawn } from "node:child_process"

const children = new Set()

export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts, detached: true })
    children.add(child)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (code === 0) resolve()
      else reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`))
    })
  })
}

/** Starts a long-running process; returns the child. Its output goes to `onLine` or is inherited. */
export function start(cmd, args, opts = {}, onLine) {
  const child = spawn(cmd, args, {
    ...opts,
    detached: true,
    stdio: onLine ? ["ignore", "pipe", "pipe"] : "inherit",
  })
  children.add(child)
  child.on("exit", () => children.delete(child))
  if (onLine) {
    for (const stream of [child.stdout, child.stderr]) {
      let buf = ""
      stream.on("data", (d) => {
        buf += d
        let i
        while ((i = buf.indexOf("\n")) >= 0) {
          onLine(buf.slice(0, i))
          buf = buf.slice(i + 1)
        }
      })
    }
  }
  return child
}

export function stopAll(signal = "SIGTERM") {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
}

export async function stopAllAndWait(timeoutMs = 10_000) {
  const pending = [...children].map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once("exit", r))))
  stopAll("SIGTERM")
  const timer = setTimeout(() => stopAll("SIGKILL"), timeoutMs)
  await Promise.all(pending)
  clearTimeout(timer)
}

export async function waitForHttp(url, { timeoutMs = 120_000, headers = {} } = {}) {
  const until = Date.now() + timeoutMs
  let last
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(5000) })
      if (res.ok) return
      last = `HTTP ${res.status}`
    } catch (e) {
      last = e.message
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000}s (${last})`)
}
