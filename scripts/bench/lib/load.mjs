// One load run with autocannon against a running backend: every request is built by `next()`
// (method, path, body), the latency of each response is recorded by us (autocannon's histogram has
// no p95), and a response counts as an error unless `ok(status, body)` says otherwise.
import autocannon from "autocannon"

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export function stats(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const mean = sorted.reduce((s, t) => s + t, 0) / (sorted.length || 1)
  return { n: sorted.length, mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** The set-ups in the order of a round: rotated by `shift` places (a Latin square over the rounds). */
export const rotated = (setups, shift) => {
  const k = ((shift % setups.length) + setups.length) % setups.length
  return [...setups.slice(k), ...setups.slice(0, k)]
}

/** The pause before a measured run, so what a backend still does after its set-up (events, GC) ends first. */
export const settle = (ms) => (ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve())

/** The figures of one run (or of several pooled): latencies, throughput over `seconds`, failures. */
export function figures({ connections, times, seconds, failed, first_failure }) {
  const s = stats(times)
  return { connections, requests: s.n, seconds, times, rps: s.n / seconds, mean: s.mean, p50: s.p50, p95: s.p95, p99: s.p99, max: s.max, failed, first_failure }
}

/**
 * @param {{ url: string, headers: Record<string,string>, connections: number, duration?: number, amount?: number,
 *   next: () => { method: string, path: string, body?: unknown }, ok?: (status: number, body: string) => boolean }} o
 */
export function load({ url, headers, connections, duration, amount, next, ok = (s) => s >= 200 && s < 300, timeout = 30 }) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now()
    let lastResponseAt = null
    const times = []
    let failed = 0
    let firstFailure = null
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration }),
        timeout,
        headers: { "content-type": "application/json", ...headers },
        requests: [
          {
            setupRequest: (req) => {
              const r = next()
              return { ...req, method: r.method, path: r.path, body: r.body === undefined ? undefined : JSON.stringify(r.body) }
            },
            onResponse: (status, body) => {
              if (!ok(status, body)) {
                failed++
                firstFailure ??= `${status} ${String(body).slice(0, 300)}`
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err)
        // autocannon's own duration is in whole seconds and it ends on its next one-second tick: the
        // time from the start to the last response is measured here.
        const seconds = ((lastResponseAt ?? performance.now()) - startedAt) / 1000
        resolve(
          figures({
            connections,
            times,
            seconds,
            failed: failed + result.errors + result.timeouts,
            first_failure: firstFailure ?? (result.errors ? `${result.errors} connection errors, ${result.timeouts} timeouts` : null),
          })
        )
      }
    )
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      times.push(responseTime)
      lastResponseAt = performance.now()
    })
  })
}
