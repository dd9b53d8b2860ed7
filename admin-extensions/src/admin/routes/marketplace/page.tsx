import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront, EllipsisHorizontal } from "@medusajs/icons"
import { Badge, Container, DropdownMenu, Heading, IconButton, Label, Select, Switch, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { VendorStatusDrawer, type StatusAction } from "../../components/vendor-status-drawer"
import { sdk } from "../../lib/sdk"
import type { AdminVendor, MarketplaceOverview, VendorKind, VendorStatus } from "../../lib/types"

const PAGE_SIZE = 20

const statusColor = { active: "green", pending: "orange", suspended: "red", rejected: "grey" } as const

/** What the operator may do from each status (mirrors the backend's allowed transitions). */
const actionsFor: Record<VendorStatus, { label: string; status: StatusAction["status"] }[]> = {
  pending: [
    { label: "Approve", status: "active" },
    { label: "Reject", status: "rejected" },
  ],
  active: [{ label: "Suspend", status: "suspended" }],
  suspended: [{ label: "Reactivate", status: "active" }],
  rejected: [{ label: "Approve", status: "active" }],
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")

function Figure({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus" data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}

function FilterSelect<T extends string>({
  value,
  onChange,
  options,
  testId,
}: {
  value: T
  onChange: (v: T) => void
  options: [T, string][]
  testId: string
}) {
  return (
    <div className="w-40" data-testid={testId}>
      <Select value={value} onValueChange={(v) => onChange(v as T)}>
        <Select.Trigger>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map(([v, label]) => (
            <Select.Item key={v} value={v}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

const MarketplaceOverviewPage = () => {
  const queryClient = useQueryClient()
  const [kind, setKind] = useState<VendorKind | "all">("all")
  const [status, setStatus] = useState<VendorStatus | "all">("all")
  const [page, setPage] = useState(0)
  const [action, setAction] = useState<StatusAction | null>(null)

  const overview = useQuery({
    queryKey: ["marketplace-overview"],
    queryFn: () => sdk.client.fetch<{ overview: MarketplaceOverview }>("/admin/marketplace/overview"),
  })
  const settings = useQuery({
    queryKey: ["marketplace-settings"],
    queryFn: () => sdk.client.fetch<{ settings: { auto_approve_vendors: boolean } }>("/admin/marketplace/settings"),
  })
  const vendors = useQuery({
    queryKey: ["marketplace-vendors", kind, status, page],
    queryFn: () =>
      sdk.client.fetch<{ vendors: AdminVendor[]; count: number }>("/admin/vendors", {
        query: {
          limit: PAGE_SIZE,
          offset: page * PAGE_SIZE,
          ...(kind === "all" ? {} : { kind }),
          ...(status === "all" ? {} : { status }),
        },
      }),
  })

  const refresh = () =>
    Promise.all(
      ["marketplace-overview", "marketplace-vendors", "marketplace-settings"].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] })
      )
    )

  const changeStatus = useMutation({
    mutationFn: ({ id, status, reason }: { id: string; status: StatusAction["status"]; reason?: string }) =>
      sdk.client.fetch(`/admin/vendors/${id}/status`, { method: "POST", body: { status, ...(reason ? { reason } : {}) } }),
    onSuccess: async () => {
      setAction(null)
      await refresh()
    },
  })
  const toggleAutoApprove = useMutation({
    mutationFn: (auto_approve_vendors: boolean) =>
      sdk.client.fetch("/admin/marketplace/settings", { method: "POST", body: { auto_approve_vendors } }),
    onSuccess: refresh,
  })

  const o = overview.data?.overview
  const count = vendors.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-6">
        <div className="flex items-center justify-between">
          <Heading level="h1">Marketplace overview</Heading>
          <div className="flex items-center gap-x-2">
            <Switch
              id="auto-approve"
              data-testid="auto-approve"
              checked={settings.data?.settings.auto_approve_vendors ?? false}
              disabled={!settings.data || toggleAutoApprove.isPending}
              onCheckedChange={(checked) => toggleAutoApprove.mutate(checked)}
            />
            <Label htmlFor="auto-approve">Approve new vendors automatically</Label>
          </div>
        </div>
        {overview.isError && <Text className="text-ui-fg-error">Could not load figures.</Text>}
        <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <Figure testId="figure-vendors" label="Vendors" value={o?.vendors.total ?? "…"} />
          <Figure testId="figure-sellers" label="Sellers" value={o?.vendors.by_kind.seller ?? "…"} />
          <Figure testId="figure-teachers" label="Teachers" value={o?.vendors.by_kind.teacher ?? "…"} />
          <Figure testId="figure-pending" label="Awaiting approval" value={o?.vendors.by_status.pending ?? "…"} />
          <Figure testId="figure-listings" label="Listings (products + courses)" value={o?.listings.total ?? "…"} />
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <Heading level="h2">Vendors</Heading>
          <div className="flex gap-x-2">
            <FilterSelect
              testId="filter-status"
              value={status}
              onChange={(v) => (setStatus(v), setPage(0))}
              options={[
                ["all", "All statuses"],
                ["pending", "Pending"],
                ["active", "Active"],
                ["suspended", "Suspended"],
                ["rejected", "Rejected"],
              ]}
            />
            <FilterSelect
              testId="filter-kind"
              value={kind}
              onChange={(v) => (setKind(v), setPage(0))}
              options={[
                ["all", "All kinds"],
                ["seller", "Sellers"],
                ["teacher", "Teachers"],
              ]}
            />
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Verified</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Listings</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(vendors.data?.vendors ?? []).map((v) => (
              <Table.Row key={v.id} data-testid="vendor-row" data-vendor-handle={v.handle}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">
                      {v.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {v.handle} · {v.email ?? "no email"}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>{v.kind}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor[v.status]} data-testid="vendor-status">
                    {v.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{v.verified ? "Yes" : "No"}</Table.Cell>
                <Table.Cell className="text-right">{v.product_count}</Table.Cell>
                <Table.Cell className="text-right">
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton variant="transparent" size="small" data-testid="vendor-actions" aria-label={`Actions for ${v.name}`}>
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      {actionsFor[v.status].map((a) => (
                        <DropdownMenu.Item
                          key={a.label}
                          data-testid={`vendor-action-${a.label.toLowerCase()}`}
                          onClick={() => (changeStatus.reset(), setAction({ vendor: v, status: a.status }))}
                        >
                          {a.label}
                        </DropdownMenu.Item>
                      ))}
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={page}
          pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
          canPreviousPage={page > 0}
          canNextPage={(page + 1) * PAGE_SIZE < count}
          previousPage={() => setPage((p) => Math.max(0, p - 1))}
          nextPage={() => setPage((p) => p + 1)}
        />
      </Container>

      <VendorStatusDrawer
        action={action}
        pending={changeStatus.isPending}
        error={changeStatus.error ? errorMessage(changeStatus.error) : null}
        onClose={() => setAction(null)}
        onConfirm={(reason) => action && changeStatus.mutate({ id: action.vendor.id, status: action.status, reason })}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Marketplace",
  icon: BuildingStorefront,
})

export default MarketplaceOverviewPage
