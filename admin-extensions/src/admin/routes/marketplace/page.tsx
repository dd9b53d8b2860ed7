import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import type { AdminVendor, MarketplaceOverview, VendorKind } from "../../lib/types"

const PAGE_SIZE = 20

const statusColor = {
  active: "green",
  pending: "orange",
  suspended: "red",
  rejected: "grey",
} as const

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

const MarketplaceOverviewPage = () => {
  const [kind, setKind] = useState<VendorKind | "all">("all")
  const [page, setPage] = useState(0)

  const overview = useQuery({
    queryKey: ["marketplace-overview"],
    queryFn: () => sdk.client.fetch<{ overview: MarketplaceOverview }>("/admin/marketplace/overview"),
  })

  const vendors = useQuery({
    queryKey: ["marketplace-vendors", kind, page],
    queryFn: () =>
      sdk.client.fetch<{ vendors: AdminVendor[]; count: number }>("/admin/vendors", {
        query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE, ...(kind === "all" ? {} : { kind }) },
      }),
  })

  const o = overview.data?.overview
  const count = vendors.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-6">
        <Heading level="h1">Marketplace overview</Heading>
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
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Vendors</Heading>
          <div className="w-40">
            <Select
              value={kind}
              onValueChange={(v) => {
                setKind(v as VendorKind | "all")
                setPage(0)
              }}
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All kinds</Select.Item>
                <Select.Item value="seller">Sellers</Select.Item>
                <Select.Item value="teacher">Teachers</Select.Item>
              </Select.Content>
            </Select>
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
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(vendors.data?.vendors ?? []).map((v) => (
              <Table.Row key={v.id} data-testid="vendor-row">
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">
                      {v.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {v.handle}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>{v.kind}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor[v.status]}>
                    {v.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{v.verified ? "Yes" : "No"}</Table.Cell>
                <Table.Cell className="text-right">{v.product_count}</Table.Cell>
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
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Marketplace",
  icon: BuildingStorefront,
})

export default MarketplaceOverviewPage
