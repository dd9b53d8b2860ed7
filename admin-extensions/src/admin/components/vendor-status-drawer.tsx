import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { AdminVendor, VendorStatus } from "../lib/types"

export type StatusAction = { vendor: AdminVendor; status: Extract<VendorStatus, "active" | "rejected" | "suspended"> }

const titles = { active: "Activate vendor", rejected: "Reject vendor", suspended: "Suspend vendor" } as const
const explanations = {
  active: "The vendor can sell; listings hidden by a suspension come back to the store.",
  rejected: "The vendor cannot sell. The reason is shown to the vendor.",
  suspended: "The vendor's listings leave the store and its members cannot change anything. The reason is shown to the vendor.",
} as const

/** Confirms a status change; rejecting and suspending require a reason. */
export function VendorStatusDrawer({
  action,
  onClose,
  onConfirm,
  pending,
  error,
}: {
  action: StatusAction | null
  onClose: () => void
  onConfirm: (reason: string | undefined) => void
  pending: boolean
  error: string | null
}) {
  const [reason, setReason] = useState("")
  const needsReason = action?.status !== "active"
  return (
    <Drawer open={!!action} onOpenChange={(open) => (open ? undefined : (setReason(""), onClose()))}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{action ? titles[action.status] : ""}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text>
            <strong>{action?.vendor.name}</strong> ({action?.vendor.kind}, now {action?.vendor.status})
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {action ? explanations[action.status] : ""}
          </Text>
          {needsReason && (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="status-reason">Reason</Label>
              <Textarea
                id="status-reason"
                name="reason"
                value={reason}
                maxLength={1000}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          )}
          {error && (
            <Text size="small" className="text-ui-fg-error" data-testid="status-error">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button
            data-testid="confirm-status"
            isLoading={pending}
            disabled={needsReason && !reason.trim()}
            variant={action?.status === "active" ? "primary" : "danger"}
            onClick={() => onConfirm(needsReason ? reason.trim() : undefined)}
          >
            {action ? titles[action.status] : ""}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
