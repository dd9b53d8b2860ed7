import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { discoverRoutes, type Method, vendorApiRoot } from "../helpers/routes"
import { adminHeaders, bearer, productBody, signUpVendor } from "../helpers/fixtures"
import { PDF_BYTES } from "../helpers/trust-safety"

jest.setTimeout(300_000)

/**
 * The trust & safety plugin's isolation matrix (like vendor-isolation.spec.ts): every /vendor route
 * of the plugin is discovered from its route files and called by vendor A with vendor B's ids
 * (verification document, moderation case) in the path, query or body; each must answer 403/404
 * (or 400 for a query the route does not take) and leave B's verification, documents and cases
 * unchanged. A route or method missing from COVERAGE fails the test.
 */

const API_ROOT = vendorApiRoot("trust-safety")

type Ids = { vendorId: string; documentId: string; caseId: string; productId: string }
type Case = {
  params?: (b: Ids) => Record<string, string>
  query?: (b: Ids) => Record<string, string>
  body?: (b: Ids) => unknown
  refused?: number[]
}

const pdfForm = (b: Ids) => {
  const form = new FormData()
  form.append("type", "identity")
  form.append("file", new Blob([new Uint8Array(PDF_BYTES)], { type: "application/pdf" }), `${b.documentId}.pdf`)
  return form
}

const COVERAGE: Record<string, Partial<Record<Method, Case>>> = {
  "/vendor/verification": { GET: { query: (b) => ({ vendor_id: b.vendorId }) } },
  "/vendor/verification/documents": {
    // B's document id in the query: the guard refuses it before the upload is read
    POST: { query: (b) => ({ id: b.documentId }), body: pdfForm },
  },
  "/vendor/verification/documents/:id": { DELETE: { params: (b) => ({ id: b.documentId }) } },
  "/vendor/verification/submit": { POST: { body: (b) => ({ vendor_id: b.vendorId }) } },
  "/vendor/moderation": { GET: { query: (b) => ({ id: b.caseId }) } },
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes(API_ROOT)

    it("discovers the trust & safety plugin's vendor routes from the route files", () => {
      expect(routes).toEqual(
        expect.arrayContaining([
          { path: "/vendor/verification", method: "GET" },
          { path: "/vendor/verification/documents", method: "POST" },
          { path: "/vendor/verification/documents/:id", method: "DELETE" },
          { path: "/vendor/verification/submit", method: "POST" },
          { path: "/vendor/moderation", method: "GET" },
        ])
      )
    })

    it("covers every discovered route and method", () => {
      expect(routes.filter((r) => !COVERAGE[r.path]?.[r.method as Method])).toEqual([])
    })

    describe("vendor A acting on vendor B's documents and cases", () => {
      let a: Ids & { token: string }
      let b: Ids & { token: string }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const ts = () => getContainer().resolve("trust_safety") as any

      const snapshot = async (ids: Ids) =>
        JSON.stringify({
          verifications: await ts().listVendorVerifications({ vendor_id: ids.vendorId }),
          documents: await ts().listVerificationDocuments({ vendor_id: ids.vendorId }),
          cases: await ts().listModerationCases({ product_id: ids.productId }),
        })

      const makeVendor = async (handle: string, admin: { headers: Record<string, string> }) => {
        const v = await signUpVendor(api, { email: `${handle}@iso.test`, handle, kind: "seller", approveWith: admin })
        const form = new FormData()
        form.append("type", "identity")
        form.append("file", new Blob([new Uint8Array(PDF_BYTES)], { type: "application/pdf" }), "id.pdf")
        const { data: doc } = await api.post("/vendor/verification/documents", form, bearer(v.token))
        const { data: product } = await api.post(
          "/vendor/products",
          productBody(`${handle} chair`, { status: "published", description: "write to me at seller@example.com" }),
          bearer(v.token)
        )
        const [c] = await ts().listModerationCases({ product_id: product.product.id })
        return { ...v, documentId: doc.document.id, productId: product.product.id, caseId: c.id }
      }

      beforeEach(async () => {
        const admin = await adminHeaders(getContainer(), api)
        a = await makeVendor("iso-a", admin)
        b = await makeVendor("iso-b", admin)
      })

      for (const { path: routePath, method } of routes) {
        const spec = COVERAGE[routePath]?.[method as Method]
        if (!spec) continue
        it(`${method} ${routePath} with B's ids is refused and changes nothing`, async () => {
          const before = await snapshot(b)
          const url = routePath.replace(/:(\w+)/g, (_, p) => encodeURIComponent(spec.params!(b)[p])) + (spec.query ? `?${new URLSearchParams(spec.query(b))}` : "")
          const res = await api
            .request({ method, url, data: spec.body?.(b), headers: bearer(a.token).headers })
            .catch((e: { response: { status: number } }) => e.response)
          expect(spec.refused ?? [400, 403, 404]).toContain(res.status)
          expect(await snapshot(b)).toBe(before)
        })
      }

      it("lets each vendor use the same routes on its own data (positive control)", async () => {
        const auth = bearer(a.token)
        const { data } = await api.get("/vendor/verification", auth)
        expect(data.verification.documents.map((d: { id: string }) => d.id)).toEqual([a.documentId])
        const { data: mod } = await api.get("/vendor/moderation", auth)
        expect(mod.cases.map((c: { id: string }) => c.id)).toEqual([a.caseId])
        expect((await api.delete(`/vendor/verification/documents/${a.documentId}`, auth)).status).toBe(200)
        // B's own view is untouched and B still sees only its own
        const { data: bView } = await api.get("/vendor/verification", bearer(b.token))
        expect(bView.verification.documents.map((d: { id: string }) => d.id)).toEqual([b.documentId])
      })

      it("sees in the snapshot any change B makes itself (the matrix would notice a leak)", async () => {
        const before = await snapshot(b)
        await api.delete(`/vendor/verification/documents/${b.documentId}`, bearer(b.token))
        expect(await snapshot(b)).not.toBe(before)
      })
    })
  },
})
