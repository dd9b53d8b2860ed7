import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Label, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import type { AdminVerification, VerificationDocument, VerificationStatus } from "../../lib/types"

const statusColor: Record<VerificationStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  draft: "grey",
  pending: "orange",
  approved: "green",
  rejected: "red",
  needs_info: "blue",
}
const typeLabel = { identity: "Identity", business_registration: "Business registration", qualification: "Qualification" } as const
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")

/** One document: a short-lived URL is asked for when the operator opens it (never stored, never public). */
function DocumentViewer({ doc }: { doc: VerificationDocument }) {
  const [url, setUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const open = async () => {
    setError(null)
    try {
      const answer = await sdk.client.fetch<{ url: string }>(`/admin/verification-documents/${doc.id}/url`)
      setUrl(answer.url)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <div className="flex flex-col gap-y-2 rounded-lg border p-3" data-testid="verification-document" data-type={doc.type}>
      <div className="flex items-center justify-between gap-x-2">
        <div>
          <Text weight="plus" size="small">
            {typeLabel[doc.type]}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {doc.original_name} · {doc.mime_type} · {Math.ceil(doc.size / 1024)} KB
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={open} data-testid="view-document">
          View
        </Button>
      </div>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {url && doc.mime_type.startsWith("image/") && (
        <img src={url} alt={`${typeLabel[doc.type]} document`} className="max-h-96 w-full rounded object-contain" data-testid="document-image" />
      )}
      {url && (
        <a href={url} target="_blank" rel="noreferrer noopener" className="txt-compact-small text-ui-fg-interactive" data-testid="document-link">
          Open in a new tab (the link expires in a few minutes)
        </a>
      )}
    </div>
  )
}

function VerificationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const queryClient = useQueryClient()
  const [message, setMessage] = useState("")
  const detail = useQuery({
    queryKey: ["verification", id],
    enabled: !!id,
    queryFn: () => sdk.client.fetch<{ verification: AdminVerification }>(`/admin/verifications/${id}`),
  })
  const decide = useMutation({
    mutationFn: (action: "approve" | "reject" | "request_info") =>
      sdk.client.fetch(`/admin/verifications/${id}/decision`, { method: "POST", body: { action, ...(message.trim() ? { message: message.trim() } : {}) } }),
    onSuccess: () => {
      setMessage("")
      queryClient.invalidateQueries({ queryKey: ["verifications"] })
      queryClient.invalidateQueries({ queryKey: ["verification", id] })
      onClose()
    },
  })
  const v = detail.data?.verification
  const pending = v?.status === "pending"
  return (
    <Drawer open={!!id} onOpenChange={(open) => (open ? undefined : (setMessage(""), decide.reset(), onClose()))}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Verification of {v?.vendor?.name ?? "…"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto" data-testid="verification-drawer">
          {v && (
            <>
              <Text size="small">
                {v.vendor?.kind} · {v.vendor?.email ?? "no e-mail"} ·{" "}
                <Badge size="2xsmall" color={statusColor[v.status]}>
                  {v.status}
                </Badge>
              </Text>
              {v.operator_message && (
                <Text size="small" className="text-ui-fg-subtle">
                  Last message: {v.operator_message}
                </Text>
              )}
              {(v.documents ?? []).map((d) => (
                <DocumentViewer key={d.id} doc={d} />
              ))}
              {(pending || v.status === "approved") && (
                <div className="flex flex-col gap-y-2">
                  <Label htmlFor="verification-message">Message to the vendor (required to reject or ask for more)</Label>
                  <Textarea id="verification-message" value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
                </div>
              )}
              {decide.error && (
                <Text className="text-ui-fg-error" data-testid="verification-error">
                  {errorMessage(decide.error)}
                </Text>
              )}
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          {pending && (
            <>
              <Button variant="secondary" disabled={!message.trim()} isLoading={decide.isPending} onClick={() => decide.mutate("request_info")} data-testid="verification-request-info">
                Ask for more
              </Button>
              <Button variant="danger" disabled={!message.trim()} isLoading={decide.isPending} onClick={() => decide.mutate("reject")} data-testid="verification-reject">
                Reject
              </Button>
              <Button isLoading={decide.isPending} onClick={() => decide.mutate("approve")} data-testid="verification-approve">
                Approve
              </Button>
            </>
          )}
          {v?.status === "approved" && (
            <Button variant="danger" disabled={!message.trim()} isLoading={decide.isPending} onClick={() => decide.mutate("reject")} data-testid="verification-revoke">
              Revoke
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const VerificationPage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [open, setOpen] = useState<string | null>(null)
  const list = useQuery({
    queryKey: ["verifications", status],
    queryFn: () =>
      sdk.client.fetch<{ verifications: AdminVerification[]; count: number }>("/admin/verifications", {
        query: { limit: 100, ...(status === "all" ? {} : { status }) },
      }),
  })
  const rows = list.data?.verifications ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 pt-4">
          <div>
            <Heading level="h1">Vendor verification</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Documents vendors submitted for the verified badge: identity, plus business registration (sellers) or qualification
              (teachers). Documents open through links that expire after a few minutes.
            </Text>
          </div>
          <div className="w-48" data-testid="verification-filter">
            <Select value={status} onValueChange={setStatus}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {["pending", "needs_info", "approved", "rejected", "draft", "all"].map((s) => (
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
              <Table.HeaderCell>Vendor</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Documents</Table.HeaderCell>
              <Table.HeaderCell>Submitted</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((v) => (
              <Table.Row key={v.id} data-testid="verification-row" data-vendor={v.vendor?.handle}>
                <Table.Cell>{v.vendor?.name ?? v.vendor_id}</Table.Cell>
                <Table.Cell>{v.vendor?.kind}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor[v.status]}>
                    {v.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">{v.documents_count ?? 0}</Table.Cell>
                <Table.Cell>{v.submitted_at ? new Date(v.submitted_at).toLocaleString() : "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="secondary" onClick={() => setOpen(v.id)} data-testid="review-verification">
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
      <VerificationDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Verification", icon: CheckCircle })

export default VerificationPage
