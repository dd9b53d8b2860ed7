import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createHash, randomBytes } from "node:crypto"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const INVITE_TTL_DAYS = 7
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")
const service = (c: { resolve: (k: string) => unknown }) => c.resolve(VENDOR_MODULE) as VendorModuleService

/** Refuses inviting someone who is already a member or already has an open invitation. */
export const validateNewInviteStep = createStep(
  "validate-new-vendor-invite",
  async ({ vendor_id, email }: { vendor_id: string; email: string }, { container }) => {
    const s = service(container)
    if ((await s.listVendorMembers({ vendor_id, email })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already a member of this vendor`)
    }
    const open = await s.listVendorInvites({ vendor_id, email, accepted_at: null, expires_at: { $gt: new Date() } })
    if (open.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} already has an open invitation`)
    }
    return new StepResponse(undefined)
  }
)

/** Creates the invitation; the raw token leaves this step only towards the notification. */
export const createInviteStep = createStep(
  "create-vendor-invite",
  async (input: { vendor_id: string; email: string; role: "admin" | "staff" }, { container }) => {
    const token = randomBytes(24).toString("base64url")
    const invite = await service(container).createVendorInvites({
      ...input,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteVendorInvites(id)
  }
)

/** Finds the open invitation for a token and checks it is meant for the accepting account. */
export const resolveInviteStep = createStep(
  "resolve-vendor-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const [invite] = await service(container).listVendorInvites({ token_hash: hashInviteToken(token), accepted_at: null })
    if (!invite || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation does not exist or has expired")
    }
    if (invite.email.toLowerCase() !== email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was sent to another email address")
    }
    return new StepResponse(invite)
  }
)

export const createMemberStep = createStep(
  "create-vendor-member",
  async (input: { vendor_id: string; email: string; role: "owner" | "admin" | "staff"; name?: string | null }, { container }) => {
    const member = await service(container).createVendorMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteVendorMembers(id)
  }
)

export const markInviteAcceptedStep = createStep(
  "mark-vendor-invite-accepted",
  async (id: string, { container }) => {
    const invite = await service(container).updateVendorInvites({ id, accepted_at: new Date() })
    return new StepResponse(invite, id)
  },
  async (id, { container }) => {
    if (id) await service(container).updateVendorInvites({ id, accepted_at: null })
  }
)

export const deleteInviteStep = createStep(
  "delete-vendor-invite",
  async (id: string, { container }) => {
    await service(container).retrieveVendorInvite(id) // NOT_FOUND for anything that is not an invitation
    await service(container).softDeleteVendorInvites(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreVendorInvites(id)
  }
)

/** Role changes and removal never touch the owner. */
export const changeMemberStep = createStep(
  "change-vendor-member",
  async ({ id, role }: { id: string; role: "admin" | "staff" | null }, { container }) => {
    const s = service(container)
    const before = await s.retrieveVendorMember(id) // NOT_FOUND for anything that is not a member
    if (before.role === "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner cannot be changed or removed")
    }
    if (role === null) {
      await s.softDeleteVendorMembers(id)
      return new StepResponse(null, { id, role: before.role, removed: true })
    }
    const member = await s.updateVendorMembers({ id, role })
    return new StepResponse(member, { id, role: before.role, removed: false })
  },
  async (undo, { container }) => {
    if (!undo) return
    const s = service(container)
    if (undo.removed) await s.restoreVendorMembers(undo.id)
    else await s.updateVendorMembers({ id: undo.id, role: undo.role as "admin" | "staff" })
  }
)
