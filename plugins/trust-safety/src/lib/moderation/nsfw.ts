import { Worker } from "node:worker_threads"

/** The five classes of the nsfwjs models. */
export const NSFW_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const
export type NsfwScores = Record<(typeof NSFW_CLASSES)[number], number>

/** Larger images are not decoded (memory): they go to manual review instead. */
export const MAX_CLASSIFIED_PIXELS = 40_000_000

/**
 * The classifier runs in a worker thread: TensorFlow.js's CPU backend computes synchronously
 * (≈ 2.5 s per image on this kind of machine), which would stall every request of the server.
 * The model (MobileNetV2) is loaded from the nsfwjs package's own files; nothing is downloaded.
 */
// The worker's code runs as a script (eval): it is wrapped in a function so that nothing lands on
// globalThis (nsfwjs reads a global \`model\` as a preloaded model).
const WORKER_SOURCE = `(function () {
const { parentPort, workerData } = require("node:worker_threads")
let modelPromise = null
function loadModel() {
  if (!modelPromise) {
    modelPromise = (async () => {
      const tf = require(workerData.tfjs)
      await tf.setBackend("cpu")
      await tf.ready()
      const nsfw = require(workerData.nsfwjs)
      const origLog = console.log, origWarn = console.warn, origInfo = console.info
      console.log = console.warn = console.info = () => {}
      try { return { tf, model: await nsfw.load("MobileNetV2") } } finally { console.log = origLog; console.warn = origWarn; console.info = origInfo }
    })()
  }
  return modelPromise
}
function decode(bytes, mime) {
  if (mime === "image/jpeg") {
    const img = require(workerData.jpeg).decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024, maxResolutionInMP: ${MAX_CLASSIFIED_PIXELS / 1_000_000} })
    return { width: img.width, height: img.height, rgba: img.data }
  }
  const img = require(workerData.png).PNG.sync.read(Buffer.from(bytes))
  return { width: img.width, height: img.height, rgba: img.data }
}
parentPort.on("message", async (msg) => {
  try {
    const { tf, model: m } = await loadModel()
    const { width, height, rgba } = decode(msg.bytes, msg.mime)
    if (width * height > ${MAX_CLASSIFIED_PIXELS}) throw new Error("image too large to classify")
    const rgb = new Uint8Array(width * height * 3)
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) { rgb[j] = rgba[i]; rgb[j + 1] = rgba[i + 1]; rgb[j + 2] = rgba[i + 2] }
    const tensor = tf.tensor3d(rgb, [height, width, 3], "int32")
    try {
      const predictions = await m.classify(tensor, 5)
      parentPort.postMessage({ id: msg.id, predictions })
    } finally { tensor.dispose() }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, error: String(e && e.message || e) })
  }
})
})()
`

type Pending = { resolve: (s: NsfwScores) => void; reject: (e: Error) => void }

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function startWorker(): Worker {
  if (worker) return worker
  const w = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      tfjs: require.resolve("@tensorflow/tfjs"),
      nsfwjs: require.resolve("nsfwjs"),
      jpeg: require.resolve("jpeg-js"),
      png: require.resolve("pngjs"),
    },
  })
  w.unref()
  w.on("message", (msg: { id: number; predictions?: { className: string; probability: number }[]; error?: string }) => {
    const p = pending.get(msg.id)
    if (!p) return
    pending.delete(msg.id)
    if (msg.error || !msg.predictions) return p.reject(new Error(msg.error ?? "no predictions"))
    const scores = Object.fromEntries(NSFW_CLASSES.map((c) => [c, 0])) as NsfwScores
    for (const { className, probability } of msg.predictions) {
      if ((NSFW_CLASSES as readonly string[]).includes(className)) scores[className as keyof NsfwScores] = probability
    }
    p.resolve(scores)
  })
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e)
    pending.clear()
    worker = null
  }
  w.on("error", fail)
  w.on("exit", (code) => fail(new Error(`classifier worker exited with code ${code}`)))
  worker = w
  return w
}

/** The five class probabilities of a JPEG or PNG image (decoded with jpeg-js / pngjs in the worker). */
export function classifyImage(bytes: Buffer, mime: "image/jpeg" | "image/png", timeoutMs = 180_000): Promise<NsfwScores> {
  const w = startWorker()
  const id = nextId++
  return new Promise<NsfwScores>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id)
      reject(new Error("image classification timed out"))
    }, timeoutMs)
    timer.unref()
    pending.set(id, {
      resolve: (s) => {
        clearTimeout(timer)
        resolve(s)
      },
      reject: (e) => {
        clearTimeout(timer)
        reject(e)
      },
    })
    // the worker stays unref'd: a short-lived process (a seed, `medusa exec`) is not kept alive by
    // queued classifications; what it leaves queued is picked up by the recheck job
    w.postMessage({ id, bytes: new Uint8Array(bytes), mime })
  })
}

/** Stops the worker (tests). */
export async function stopClassifier() {
  const w = worker
  worker = null
  if (w) await w.terminate()
}
