import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type TargetType = "listing" | "review" | "vendor" | "message"
type ReportGroup = {
  target_type: TargetType
  target_id: string
  target_label: string | null
  target_vendor_id: string | null
  count: number
  reasons: Record<string, number>
  latest_at: string
  reports: { id: string; reason: string; details: string | null; reporter_type: string; created_at: string }[]
}
type AuditEntry = { id: string; target_type: TargetType; target_id: string; action: string; actor_id: string; note: string | null; created_at: string }
type Action = "dismiss" | "hide_target" | "suspend_vendor"

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")
const when = (s: string) => new Date(s).toLocaleString()

function GroupRow({ group }: { group: ReportGroup }) {
  const client = useQueryClient()
  const [note, setNote] = useState("")
  const act = useMutation({
    mutationFn: (action: Action) =>
      sdk.client.fetch("/admin/reports/actions", {
        method: "POST",
        body: { target_type: group.target_type, target_id: group.target_id, action, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
    onSuccess: () => {
      toast.success("Done")
      client.invalidateQueries({ queryKey: ["trust-reports"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <Table.Row data-testid={`report-group-${group.target_id}`}>
      <Table.Cell>
        <Badge size="2xsmall">{group.target_type}</Badge>
        <Text size="small" weight="plus">{group.target_label ?? group.target_id}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">{group.target_id}</Text>
      </Table.Cell>
      <Table.Cell>{group.count}</Table.Cell>
      <Table.Cell>
        {Object.entries(group.reasons).map(([r, n]) => (
          <Badge key={r} size="2xsmall" className="mr-1">{`${r} × ${n}`}</Badge>
        ))}
        {group.reports.filter((r) => r.details).slice(0, 2).map((r) => (
          <Text key={r.id} size="xsmall" className="text-ui-fg-subtle">“{r.details}”</Text>
        ))}
      </Table.Cell>
      <Table.Cell>{when(group.latest_at)}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-col gap-y-1">
          <Input size="small" placeholder="Note for the audit trail" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          <div className="flex gap-x-1">
            <Button size="small" variant="secondary" disabled={act.isPending} onClick={() => act.mutate("dismiss")}>Dismiss</Button>
            {group.target_type !== "message" && (
              <Button size="small" variant="danger" disabled={act.isPending} onClick={() => act.mutate("hide_target")}>
                {group.target_type === "vendor" ? "Suspend vendor" : "Hide"}
              </Button>
            )}
            {group.target_vendor_id && group.target_type !== "vendor" && (
              <Button size="small" variant="danger" disabled={act.isPending} onClick={() => act.mutate("suspend_vendor")}>Suspend vendor</Button>
            )}
          </div>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** The reports queue: one row per reported target, the actions, and the audit trail. */
const ReportsPage = () => {
  const [status, setStatus] = useState("open")
  const groups = useQuery({
    queryKey: ["trust-reports", status],
    queryFn: () => sdk.client.fetch<{ groups: ReportGroup[]; count: number }>(`/admin/reports`, { query: { status, limit: 100 } }),
  })
  const audit = useQuery({
    queryKey: ["trust-reports", "audit"],
    queryFn: () => sdk.client.fetch<{ audit: AuditEntry[] }>(`/admin/reports/audit`, { query: { limit: 50 } }),
  })
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading>Reports</Heading>
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger><Select.Value /></Select.Trigger>
            <Select.Content>
              {["open", "dismissed", "actioned", "all"].map((s) => <Select.Item key={s} value={s}>{s}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        {groups.isError && <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(groups.error)}</Text>}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Target</Table.HeaderCell>
              <Table.HeaderCell>Reports</Table.HeaderCell>
              <Table.HeaderCell>Reasons</Table.HeaderCell>
              <Table.HeaderCell>Latest</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(groups.data?.groups ?? []).map((g) => <GroupRow key={`${g.target_type}:${g.target_id}`} group={g} />)}
          </Table.Body>
        </Table>
        {groups.data?.count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">Nothing to review.</Text>}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">Audit trail</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Who</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell>Target</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(audit.data?.audit ?? []).map((a) => (
              <Table.Row key={a.id} data-testid="report-audit-row">
                <Table.Cell>{when(a.created_at)}</Table.Cell>
                <Table.Cell>{a.actor_id}</Table.Cell>
                <Table.Cell>{a.action}</Table.Cell>
                <Table.Cell>{`${a.target_type} ${a.target_id}`}</Table.Cell>
                <Table.Cell>{a.note ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reports", icon: ExclamationCircle })

export default ReportsPage
