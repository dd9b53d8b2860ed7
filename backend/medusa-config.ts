import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = (name: string, fallback: string) => process.env[name] || fallback

const backendUrl = env("MEDUSA_BACKEND_URL", "http://localhost:9000")
const storefrontUrl = env("STOREFRONT_URL", "http://localhost:8000")
const redisUrl = process.env.REDIS_URL

/**
 * Session settings for every connection the app opens, sent in the connection's start-up packet
 * (`options` of the URL): PostgreSQL's JIT compiler and parallel workers are off. Both are meant for
 * long analytical queries; on the store's short queries they add compile and worker start-up time
 * (measured on 2 cores: a search facet query 42–47 ms with a parallel worker, 23–25 ms without).
 * `PG_SESSION_OPTIONS` replaces them ("" for none: e.g. behind PgBouncer, which refuses start-up
 * options); a DATABASE_URL that already has `options` is left as it is.
 */
function withSessionOptions(url: string | undefined): string | undefined {
  const options = process.env.PG_SESSION_OPTIONS ?? "-c jit=off -c max_parallel_workers_per_gather=0"
  if (!url || !options || /[?&]options=/.test(url)) return url
  return `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(options)}`
}

/**
 * With REDIS_URL set, Medusa's events, cache, workflow engine and locks run on Redis
 * (required for more than one server/worker pod). Without it everything runs in-process.
 */
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * VITRINA_PLUGINS=off drops every @vitrina/* plugin (and our Typesense provider): plain Medusa on
 * the same database and configuration, the baseline of the API benchmark (scripts/bench/api.mjs).
 */
const vitrinaPlugins = process.env.VITRINA_PLUGINS !== "off"

/**
 * With TYPESENSE_URL (or TYPESENSE_HOST) set, the Search Module runs on Typesense (our
 * @vitrina/search-typesense provider, identifier "search-typesense") as its default provider; the
 * PostgreSQL provider stays registered so a switch of provider can drop the old engine's indexes
 * during `db:migrate`. Without it, Medusa's default (PostgreSQL full-text) is left untouched.
 */
const typesenseConfigured = vitrinaPlugins && !!(process.env.TYPESENSE_URL || process.env.TYPESENSE_HOST)
const searchModules = typesenseConfigured
  ? [
      {
        key: Modules.SEARCH,
        resolve: "@medusajs/medusa/search",
        options: {
          default_provider: "search-typesense",
          providers: [
            { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
            {
              resolve: "@vitrina/search-typesense/providers/typesense",
              id: "typesense",
              options: {
                url: process.env.TYPESENSE_URL,
                host: process.env.TYPESENSE_HOST,
                port: process.env.TYPESENSE_PORT ? Number(process.env.TYPESENSE_PORT) : undefined,
                protocol: process.env.TYPESENSE_PROTOCOL as "http" | "https" | undefined,
                api_key: env("TYPESENSE_API_KEY", ""),
                collection_prefix: process.env.TYPESENSE_COLLECTION_PREFIX,
              },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: withSessionOptions(process.env.DATABASE_URL),
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: env("STORE_CORS", storefrontUrl),
      adminCors: env("ADMIN_CORS", backendUrl),
      authCors: env("AUTH_CORS", `${storefrontUrl},${backendUrl}`),
      jwtSecret: env("JWT_SECRET", "vitrina-dev-jwt-secret"),
      cookieSecret: env("COOKIE_SECRET", "vitrina-dev-cookie-secret"),
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
  },
  plugins: (vitrinaPlugins ? [
    { resolve: "@vitrina/marketplace", options: {} },
    {
      resolve: "@vitrina/courses",
      // max_video_bytes: the largest lesson video a teacher may upload (default 1 GiB).
      options: { max_video_bytes: process.env.COURSES_MAX_VIDEO_BYTES ? Number(process.env.COURSES_MAX_VIDEO_BYTES) : undefined },
    },
    {
      resolve: "@vitrina/catalog-import",
      // max_file_bytes: the largest import file (default 50 MB); batch_size: SKUs per batch (default 2,000).
      options: {
        max_file_bytes: process.env.CATALOG_IMPORT_MAX_FILE_BYTES ? Number(process.env.CATALOG_IMPORT_MAX_FILE_BYTES) : undefined,
        batch_size: process.env.CATALOG_IMPORT_BATCH_SIZE ? Number(process.env.CATALOG_IMPORT_BATCH_SIZE) : undefined,
      },
    },
    { resolve: "@vitrina/reviews", options: {} },
    {
      resolve: "@vitrina/trust-safety",
      // Verification documents: S3 when S3_BUCKET (and S3_ENDPOINT, S3_ACCESS_KEY_ID, …) is set, else a private folder.
      // Moderation: prohibited items and verdicts for the text rules; image_classifier "off" disables nsfwjs.
      options: {
        max_document_bytes: process.env.VERIFICATION_MAX_DOCUMENT_BYTES ? Number(process.env.VERIFICATION_MAX_DOCUMENT_BYTES) : undefined,
        image_classifier: process.env.MODERATION_IMAGE_CLASSIFIER === "off" ? "off" : "nsfwjs",
        text_rules: {
          prohibited_items: (process.env.MODERATION_PROHIBITED_ITEMS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
        },
      },
    },
    { resolve: "@vitrina/admin-extensions", options: {} },
  ] : []),
  modules: [
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Private files (lesson videos) go to a folder the static server does not serve; they are
            // streamed by the courses plugin behind signed, expiring URLs.
            options: {
              upload_dir: "static",
              private_upload_dir: env("PRIVATE_UPLOAD_DIR", "private"),
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
    {
      // Emails are logged by Medusa's local provider until the engagement plugin's SMTP/outbox provider lands.
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local", channels: ["feed", "email"] } },
        ],
      },
    },
    ...redisModules,
    ...searchModules,
  ],
})
