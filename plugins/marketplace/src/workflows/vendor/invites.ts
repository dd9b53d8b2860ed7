import { emitEventStep, sendNotificationsStep, setAuthAppMetadataStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  changeMemberStep,
  createInviteStep,
  createMemberStep,
  deleteInviteStep,
  markInviteAcceptedStep,
  resolveInviteStep,
  validateNewInviteStep,
} from "./steps/invites"

export const VENDOR_INVITE_CREATED_EVENT = "vendor.invite_created"

/** An owner or admin invites someone by email; the invitation is emailed by a subscriber. */
export const createVendorInviteWorkflow = createWorkflow(
  "create-vendor-invite",
  (input: { vendor_id: string; email: string; role: "admin" | "staff" }) => {
    validateNewInviteStep(input)
    const created = createInviteStep(input)
    const event = transform({ created }, ({ created }) => ({
      eventName: VENDOR_INVITE_CREATED_EVENT,
      data: { id: created.invite.id, token: created.token },
    }))
    emitEventStep(event)
    const invite = transform({ created }, ({ created }) => {
      const { token_hash: _hash, ...rest } = created.invite
      return rest
    })
    return new WorkflowResponse(invite)
  }
)

/** Emails an invitation (started by the `vendor.invite_created` subscriber). */
export const sendVendorInviteWorkflow = createWorkflow(
  "send-vendor-invite",
  (input: { id: string; token: string; accept_url_base: string }) => {
    const { data: invites } = useQueryGraphStep({
      entity: "vendor_invite",
      fields: ["id", "email", "role", "vendor.name"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ invites, input }, ({ invites, input }) => [
      {
        to: invites[0].email,
        channel: "email",
        template: "vendor-invite",
        trigger_type: "vendor.invite_created",
        resource_id: invites[0].id,
        resource_type: "vendor_invite",
        data: {
          vendor_name: invites[0].vendor?.name,
          role: invites[0].role,
          accept_url: `${input.accept_url_base}?token=${encodeURIComponent(input.token)}`,
          token: input.token,
        },
      },
    ])
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)

/** The invited person (signed in as a vendor identity with the invited email) joins the team. */
export const acceptVendorInviteWorkflow = createWorkflow(
  "accept-vendor-invite",
  (input: { token: string; email: string; auth_identity_id: string; name?: string | null }) => {
    const invite = resolveInviteStep({ token: input.token, email: input.email })
    const memberInput = transform({ invite, input }, ({ invite, input }) => ({
      vendor_id: invite.vendor_id,
      email: invite.email,
      role: invite.role,
      name: input.name ?? null,
    }))
    const member = createMemberStep(memberInput)
    const inviteId = transform({ invite }, ({ invite }) => invite.id)
    markInviteAcceptedStep(inviteId)
    const memberId = transform({ member }, ({ member }) => member.id)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: memberId })
    return new WorkflowResponse(member)
  }
)

export const deleteVendorInviteWorkflow = createWorkflow("delete-vendor-invite", (input: { id: string }) => {
  return new WorkflowResponse(deleteInviteStep(input.id))
})

/** Changes a member's role, or removes the member (role null). The owner stays. */
export const changeVendorMemberWorkflow = createWorkflow(
  "change-vendor-member",
  (input: { id: string; role: "admin" | "staff" | null }) => new WorkflowResponse(changeMemberStep(input))
)
