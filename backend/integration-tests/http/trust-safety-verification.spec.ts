import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { adminHeaders, bearer, refused, signUpVendor, storeHeaders } from "../helpers/fixtures"
import { HTML_BYTES, PDF_BYTES, pngWithMetadata, uploadDocument, ZIP_BYTES } from "../helpers/trust-safety"

jest.setTimeout(300_000)

// The plugin's built helpers (the same HMAC key and token format the routes use).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tokens = require("@vitrina/trust-safety/lib/document-token")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver")

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let teacher: { token: string; vendorId: string }
    let seller: { token: string; vendorId: string }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      teacher = await signUpVendor(api, { email: "t@verify.test", handle: "verify-teacher", kind: "teacher", approveWith: admin })
      seller = await signUpVendor(api, { email: "s@verify.test", handle: "verify-seller", kind: "seller", approveWith: admin })
    })

    const documents = () => getContainer().resolve("trust_safety") as Any

    describe("local private storage", () => {
      it("takes PDF and PNG documents checked by content, strips image metadata and keeps them off every public path", async () => {
        const png = await uploadDocument(api, teacher.token, "identity", pngWithMetadata(), "passport.png", "image/png")
        expect(png.status).toBe(201)
        expect(png.data.document).toMatchObject({ type: "identity", mime_type: "image/png", original_name: "passport.png" })
        const pdf = await uploadDocument(api, teacher.token, "qualification", PDF_BYTES, "diploma.pdf", "application/pdf")
        expect(pdf.data.document).toMatchObject({ type: "qualification", mime_type: "application/pdf", size: PDF_BYTES.length })

        const { data } = await api.get("/vendor/verification", bearer(teacher.token))
        expect(data.verification).toMatchObject({ status: "draft", required_documents: ["identity", "qualification"], missing_documents: [] })
        expect(data.verification.documents).toHaveLength(2)
        expect(JSON.stringify(data)).not.toMatch(/storage_key|\/static\/|https?:\/\//)

        const [stored] = await documents().listVerificationDocuments({ id: png.data.document.id })
        const file = readFileSync(path.resolve(process.cwd(), "private/verification", stored.storage_key))
        expect(file.includes(Buffer.from("Jane Doe"))).toBe(false)
        expect(file.includes(Buffer.from("tEXt"))).toBe(false)
        expect(file.includes(Buffer.from("eXIf"))).toBe(false)
        expect(file.includes(Buffer.from("IDAT"))).toBe(true)

        // no public URL: not under /static (where product images live), not under any store route
        const { headers } = await storeHeaders(getContainer())
        const base = path.basename(stored.storage_key)
        for (const url of [
          `/static/${stored.storage_key}`,
          `/static/${base}`,
          `/static/verification/${stored.storage_key}`,
          `/static/private/verification/${stored.storage_key}`,
          `/private/verification/${stored.storage_key}`,
          `/store/verification-documents/${stored.id}`,
          `/admin/verification-files/${stored.storage_key}`,
        ]) {
          const res = await refused(api.get(url, { headers }))
          expect([401, 403, 404]).toContain(res.status)
        }
      })

      it("refuses uploads disguised by extension or declared type, other formats, oversize files and unknown types", async () => {
        const cases: [Buffer, string, string][] = [
          [HTML_BYTES, "scan.pdf", "application/pdf"],
          [ZIP_BYTES, "scan.pdf", "application/pdf"],
          [pngWithMetadata(), "scan.pdf", "application/pdf"],
          [PDF_BYTES, "scan.png", "image/png"],
          [PDF_BYTES, "scan.html", "text/html"],
          [pngWithMetadata(), "scan", "application/pdf"],
          [Buffer.from("GIF89a....", "latin1"), "scan.gif", "image/gif"],
        ]
        for (const [content, name, mime] of cases) {
          const res = await refused(uploadDocument(api, teacher.token, "identity", content, name, mime))
          expect(res.status).toBe(400)
        }
        const big = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)])
        expect((await refused(uploadDocument(api, teacher.token, "identity", big, "big.pdf"))).status).toBe(400)
        expect((await refused(uploadDocument(api, teacher.token, "passport", PDF_BYTES, "a.pdf"))).status).toBe(400)
        const damaged = pngWithMetadata().subarray(0, 50)
        expect((await refused(uploadDocument(api, teacher.token, "identity", damaged, "a.png"))).status).toBe(400)
        expect(await documents().listVerificationDocuments({})).toHaveLength(0)
      })

      it("requires identity plus business registration (sellers) or qualification (teachers) before review", async () => {
        await uploadDocument(api, seller.token, "identity", PDF_BYTES, "id.pdf")
        const early = await refused(api.post("/vendor/verification/submit", {}, bearer(seller.token)))
        expect(early.status).toBe(400)
        expect(early.data.message).toContain("business_registration")
        await uploadDocument(api, seller.token, "qualification", PDF_BYTES, "q.pdf")
        expect((await refused(api.post("/vendor/verification/submit", {}, bearer(seller.token)))).status).toBe(400)
        await uploadDocument(api, seller.token, "business_registration", PDF_BYTES, "reg.pdf")
        const { data } = await api.post("/vendor/verification/submit", {}, bearer(seller.token))
        expect(data.verification.status).toBe("pending")
        // under review: nothing can be added or removed
        expect((await refused(uploadDocument(api, seller.token, "identity", PDF_BYTES, "late.pdf"))).status).toBe(400)
        const docId = data.verification.documents[0].id
        expect((await refused(api.delete(`/vendor/verification/documents/${docId}`, bearer(seller.token)))).status).toBe(400)
      })

      it("lets the operator view a document only through a short-lived URL issued to that admin", async () => {
        const up = await uploadDocument(api, teacher.token, "identity", pngWithMetadata(), "id.png")
        const { data } = await api.get(`/admin/verification-documents/${up.data.document.id}/url`, admin)
        expect(new Date(data.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(300_000)
        expect(data.path).toMatch(/^\/admin\/verification-files\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)

        const file = await api.get(data.path, { ...admin, responseType: "arraybuffer" })
        expect(file.headers["content-type"]).toBe("image/png")
        expect(file.headers["cache-control"]).toBe("private, no-store")
        expect(Buffer.from(file.data).includes(Buffer.from("IHDR"))).toBe(true)
        expect(Buffer.from(file.data).includes(Buffer.from("Jane Doe"))).toBe(false)

        // without the admin's authentication: refused, whatever the token
        expect((await refused(api.get(data.path))).status).toBe(401)
        expect((await refused(api.get(data.path, bearer(teacher.token)))).status).toBe(401)
        expect((await refused(api.get(`/admin/verification-documents/${up.data.document.id}/url`, bearer(teacher.token)))).status).toBe(401)
        // tampered claims or signature
        const [claims, sig] = data.path.split("/").pop().split(".")
        const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims, "base64url").toString()), e: 9_999_999_999 })).toString("base64url")
        expect((await refused(api.get(`/admin/verification-files/${forged}.${sig}`, admin))).status).toBe(403)
        expect((await refused(api.get(`/admin/verification-files/${claims}.${sig.slice(0, -2)}AA`, admin))).status).toBe(403)
        // expired
        const secret = tokens.documentSecret(getContainer())
        const me = JSON.parse(Buffer.from(claims, "base64url").toString()).u
        const expired = tokens.signDocumentToken(secret, { document_id: up.data.document.id, user_id: me }, 300, Date.now() - 301_000)
        expect((await refused(api.get(`/admin/verification-files/${expired}`, admin))).status).toBe(403)
        // issued to another admin
        const other = tokens.signDocumentToken(secret, { document_id: up.data.document.id, user_id: "user_someoneelse" }, 300)
        expect((await refused(api.get(`/admin/verification-files/${other}`, admin))).status).toBe(403)
      })

      it("runs the review: more information requested, resubmitted, approved; the badge shows and the vendor is notified", async () => {
        await uploadDocument(api, teacher.token, "identity", PDF_BYTES, "id.pdf")
        await uploadDocument(api, teacher.token, "qualification", PDF_BYTES, "q.pdf")
        await api.post("/vendor/verification/submit", {}, bearer(teacher.token))

        const { data: queue } = await api.get("/admin/verifications?status=pending", admin)
        expect(queue.verifications).toHaveLength(1)
        expect(queue.verifications[0]).toMatchObject({ vendor_id: teacher.vendorId, documents_count: 2, vendor: { handle: "verify-teacher", kind: "teacher" } })
        const id = queue.verifications[0].id

        expect((await refused(api.post(`/admin/verifications/${id}/decision`, { action: "reject" }, admin))).status).toBe(400)
        await api.post(`/admin/verifications/${id}/decision`, { action: "request_info", message: "The diploma scan is unreadable" }, admin)
        const { data: asked } = await api.get("/vendor/verification", bearer(teacher.token))
        expect(asked.verification).toMatchObject({ status: "needs_info", operator_message: "The diploma scan is unreadable" })

        await uploadDocument(api, teacher.token, "qualification", pngWithMetadata(), "diploma.png")
        await api.post("/vendor/verification/submit", {}, bearer(teacher.token))
        expect((await api.get(`/admin/verifications/${id}`, admin)).data.verification.documents).toHaveLength(3)
        await api.post(`/admin/verifications/${id}/decision`, { action: "approve" }, admin)

        const { data: done } = await api.get("/vendor/verification", bearer(teacher.token))
        expect(done.verification.status).toBe("approved")
        const { headers } = await storeHeaders(getContainer())
        const { data: store } = await api.get("/store/vendors/verify-teacher", { headers })
        expect(store.vendor.verified).toBe(true)
        const { data: unverified } = await api.get("/store/vendors/verify-seller", { headers })
        expect(unverified.vendor.verified).toBe(false)

        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "vendor-verification-decided" })
        expect(sent.map((n: Any) => [n.to, n.data.status])).toEqual(
          expect.arrayContaining([["t@verify.test", "needs_info"], ["t@verify.test", "approved"]])
        )
        // a decision is only possible from the right status
        expect((await refused(api.post(`/admin/verifications/${id}/decision`, { action: "approve" }, admin))).status).toBe(400)
        // revoking takes the badge away
        await api.post(`/admin/verifications/${id}/decision`, { action: "reject", message: "Forged diploma" }, admin)
        expect((await api.get("/store/vendors/verify-teacher", { headers })).data.vendor.verified).toBe(false)
      })
    })

    describe("S3 storage (s3rver)", () => {
      let server: Any
      let dir: string
      const saved = { ...process.env }

      beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), "vitrina-s3-"))
        server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: "vitrina-private" }] })
        const { port } = await server.run()
        Object.assign(process.env, {
          S3_BUCKET: "vitrina-private",
          S3_ENDPOINT: `http://127.0.0.1:${port}`,
          S3_REGION: "us-east-1",
          S3_ACCESS_KEY_ID: "S3RVER",
          S3_SECRET_ACCESS_KEY: "S3RVER",
        })
      })
      afterAll(async () => {
        for (const k of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
          if (saved[k] === undefined) delete process.env[k]
          else process.env[k] = saved[k]
        }
        await server?.close()
        rmSync(dir, { recursive: true, force: true })
      })

      it("stores documents in the private bucket and gives the operator a presigned URL that expires after 5 minutes", async () => {
        const up = await uploadDocument(api, teacher.token, "identity", pngWithMetadata(), "id.png")
        expect(up.status).toBe(201)
        const [stored] = await documents().listVerificationDocuments({ id: up.data.document.id })
        expect(stored.storage).toBe("s3")

        const { data } = await api.get(`/admin/verification-documents/${stored.id}/url`, admin)
        expect(data.url.startsWith(process.env.S3_ENDPOINT!)).toBe(true)
        expect(data.url).toContain("X-Amz-Expires=300")
        const ok = await fetch(data.url)
        expect(ok.status).toBe(200)
        const body = Buffer.from(await ok.arrayBuffer())
        expect(body.includes(Buffer.from("IDAT"))).toBe(true)
        expect(body.includes(Buffer.from("Jane Doe"))).toBe(false)

        // s3rver does not verify SigV4 signatures (AWS does), but it enforces the expiry we sign:
        // the same URL dated 301 s back has expired
        expect(data.url).toMatch(/X-Amz-Credential=S3RVER/)
        const stamp = /X-Amz-Date=(\d{8}T\d{6}Z)/.exec(data.url)![1]
        const signedAt = Date.parse(stamp.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, "$1-$2-$3T$4:$5:$6Z"))
        const old = new Date(signedAt - 301_000).toISOString().replace(/[-:]|\.\d{3}/g, "")
        expect((await fetch(data.url.replace(stamp, old))).status).toBe(403)
        expect(stored.storage_key.startsWith(`${teacher.vendorId}/`)).toBe(true)

        // deleting the document removes the object
        await api.delete(`/vendor/verification/documents/${stored.id}`, bearer(teacher.token))
        expect((await fetch(data.url)).status).toBe(404)
      })
    })
  },
})
