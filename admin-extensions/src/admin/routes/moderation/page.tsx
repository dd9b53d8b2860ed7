import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Label, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import type { AdminModerationCase } from "../../lib/types"

const statusColor = { approved: "green", pending: "orange", rejected: "red" } as const
const ruleLabel: Record<string, string> = {
  profanity: "Profanity",
  contact_email: "E-mail address",
  contact_phone: "Phone number",
  contact_messenger: "Messenger / handle",
  external_link: "External link",
  off_platform_payment: "Off-platform payment",
  prohibited_item: "Prohibited item",
  nsfw_image: "Image classifier",
  image_unchecked: "Image not checked",
  edited_after_rejection: "Edited after a rejection",
  video_unchecked: "Video (review manually)",
}
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")
const pct = (n: number) => `${(n * 100).toFixed(1)}%`

function CaseDrawer({ item, onClose }: { item: AdminModerationCase | null; onClose: () => void }) {
  const queryClient = useQueryClient()
  const [reason, setReason] = useState("")
  const decide = useMutation({
    mutationFn: (action: "approve" | "reject") =>
      sdk.client.fetch(`/admin/moderation-cases/${item!.id}/decision`, { method: "POST", body: { action, ...(reason.trim() ? { reason: reason.trim() } : {}) } }),
    onSuccess: () => {
      setReason("")
      queryClient.invalidateQueries({ queryKey: ["moderation-cases"] })
      onClose()
    },
  })
  const imageScores = item?.scores.images ?? {}
  return (
    <Drawer open={!!item} onOpenChange={(open) => (open ? undefined : (setReason(""), decide.reset(), onClose()))}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{item?.title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto" data-testid="moderation-drawer">
          {item && (
            <>
              <Text size="small">
                {item.listing_kind} by {item.listing?.vendor?.name ?? "the operator"} · automatic verdict <strong>{item.auto_verdict}</strong> · text score{" "}
                {pct(item.scores.text ?? 0)}
              </Text>
              {item.listing?.description && (
                <Text size="small" className="whitespace-pre-wrap rounded border p-3" data-testid="moderation-description">
                  {item.listing.description}
                </Text>
              )}
              <div className="flex flex-col gap-y-1" data-testid="moderation-reasons">
                <Label>Reasons</Label>
                {item.reasons.length === 0 && <Text size="small">None</Text>}
                {item.reasons.map((r, i) => (
                  <Text key={i} size="small" data-testid="moderation-reason" data-rule={r.rule}>
                    <Badge size="2xsmall" color={r.verdict === "reject" ? "red" : r.verdict === "note" ? "grey" : "orange"}>
                      {ruleLabel[r.rule] ?? r.rule}
                    </Badge>{" "}
                    “{r.match}”
                  </Text>
                ))}
              </div>
              {item.images.length > 0 && (
                <div className="grid grid-cols-2 gap-2">
                  {item.images.map((url) => (
                    <figure key={url} className="flex flex-col gap-y-1">
                      <img src={url} alt="" className="h-32 w-full rounded object-cover" />
                      {imageScores[url] && (
                        <figcaption className="txt-compact-xsmall text-ui-fg-subtle">
                          {Object.entries(imageScores[url])
                            .sort((a, b) => b[1] - a[1])
                            .map(([k, v]) => `${k} ${pct(v)}`)
                            .join(" · ")}
                        </figcaption>
                      )}
                    </figure>
                  ))}
                </div>
              )}
              <Text size="xsmall" className="text-ui-fg-subtle">
                Images: {item.image_status}
              </Text>
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="moderation-reason">Reason for the vendor (required to reject)</Label>
                <Textarea id="moderation-reason" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
              </div>
              {decide.error && <Text className="text-ui-fg-error">{errorMessage(decide.error)}</Text>}
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          {item?.status !== "rejected" && (
            <Button variant="danger" disabled={!reason.trim()} isLoading={decide.isPending} onClick={() => decide.mutate("reject")} data-testid="moderation-reject">
              Reject
            </Button>
          )}
          {item?.status !== "approved" && (
            <Button isLoading={decide.isPending} onClick={() => decide.mutate("approve")} data-testid="moderation-approve">
              Approve
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ModerationPage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [open, setOpen] = useState<AdminModerationCase | null>(null)
  const list = useQuery({
    queryKey: ["moderation-cases", status],
    queryFn: () =>
      sdk.client.fetch<{ cases: AdminModerationCase[]; count: number }>("/admin/moderation-cases", {
        query: { limit: 100, ...(status === "all" ? {} : { status }) },
      }),
  })
  const rows = list.data?.cases ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 pt-4">
          <div>
            <Heading level="h1">Listing moderation</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Listings the automatic check held back (text rules, image classifier). They stay out of the store and search until
              approved; a rejection reason is sent to the vendor.
            </Text>
          </div>
          <div className="w-48" data-testid="moderation-filter">
            <Select value={status} onValueChange={setStatus}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {["pending", "rejected", "approved", "all"].map((s) => (
                  <Select.Item key={s} value={s}>
                    {s}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Listing</Table.HeaderCell>
              <Table.HeaderCell>Vendor</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Reasons</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((c) => (
              <Table.Row key={c.id} data-testid="moderation-row" data-title={c.title}>
                <Table.Cell>
                  {c.title} <Text size="xsmall" className="text-ui-fg-subtle">{c.listing_kind}</Text>
                </Table.Cell>
                <Table.Cell>{c.listing?.vendor?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor[c.status]}>
                    {c.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{[...new Set(c.reasons.map((r) => ruleLabel[r.rule] ?? r.rule))].join(", ") || "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="secondary" onClick={() => setOpen(c)} data-testid="review-listing">
                    Review
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list.data && rows.length === 0 && <Text className="px-6 pb-4 text-ui-fg-subtle">Nothing to review.</Text>}
        {list.error && <Text className="px-6 pb-4 text-ui-fg-error">{errorMessage(list.error)}</Text>}
      </Container>
      <CaseDrawer item={open} onClose={() => setOpen(null)} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Moderation", icon: ExclamationCircle })

export default ModerationPage
