import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowUpTray } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useRef, useState, type FormEvent } from "react"
import { backendFetch, sdk } from "../../lib/sdk"
import type { AdminVendor, CatalogImport, CatalogImportRowError, CatalogImportStatus } from "../../lib/types"

const PAGE_SIZE = 20
const SHOWN_ERRORS = 200

const statusColor: Record<CatalogImportStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  validated: "blue",
  queued: "orange",
  running: "orange",
  completed: "green",
  failed: "red",
}

const finished = (status: CatalogImportStatus) => status === "completed" || status === "failed"
const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")

type UploadResult =
  | { kind: "validated"; import: CatalogImport }
  | { kind: "invalid"; message: string; errors: CatalogImportRowError[]; count: number }
  | { kind: "error"; message: string }

/** `POST /admin/catalog-imports` (multipart `vendor_id` + `file`): 201 validated, or 400 with every row error. */
async function uploadImport(vendorId: string, file: File): Promise<UploadResult> {
  const body = new FormData()
  body.append("vendor_id", vendorId)
  body.append("file", file, file.name)
  const res = await backendFetch("/admin/catalog-imports", { method: "POST", body })
  const json = (await res.json().catch(() => ({}))) as {
    import?: CatalogImport
    message?: string
    errors?: CatalogImportRowError[]
    errors_count?: number
  }
  if (res.status === 201 && json.import) return { kind: "validated", import: json.import }
  if (res.status === 400 && Array.isArray(json.errors) && json.errors.length > 0) {
    return { kind: "invalid", message: json.message ?? "The file has errors", errors: json.errors, count: json.errors_count ?? json.errors.length }
  }
  return { kind: "error", message: json.message || `The upload failed (${res.status})` }
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
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

/** The progress of a started import, polled every second until it completed or failed. */
function ImportProgress({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { data, error } = useQuery({
    queryKey: ["catalog-import", id],
    queryFn: async () => {
      const { import: job } = await sdk.client.fetch<{ import: CatalogImport }>(`/admin/catalog-imports/${id}`)
      if (finished(job.status)) onFinished()
      return job
    },
    refetchInterval: (query) => (query.state.data && finished(query.state.data.status) ? false : 1000),
  })
  if (!data) return <Text size="small">{error ? errorMessage(error) : "Loading…"}</Text>
  return (
    <div className="flex flex-col gap-y-2" data-testid="admin-import-job" data-status={data.status}>
      <div className="flex items-center justify-between">
        <Badge size="2xsmall" color={statusColor[data.status]} data-testid="admin-import-status">
          {data.status}
        </Badge>
        <Text weight="plus" data-testid="admin-import-progress-text">
          {data.progress}%
        </Text>
      </div>
      <progress className="h-2 w-full" max={100} value={data.progress} aria-label="Import progress" data-testid="admin-import-progress" />
      <Text size="small" className="text-ui-fg-subtle">
        {data.processed_rows} of {data.total_rows} rows
        {data.status === "completed" ? ` · ${data.created} created, ${data.updated} updated` : ""}
      </Text>
      {data.status === "failed" && <Text className="text-ui-fg-error">{data.error ?? "The import stopped."}</Text>}
    </div>
  )
}

const CatalogImportsPage = () => {
  const queryClient = useQueryClient()
  const fileInput = useRef<HTMLInputElement>(null)
  const [vendorId, setVendorId] = useState<string>("")
  const [filter, setFilter] = useState<string>("all")
  const [page, setPage] = useState(0)
  const [result, setResult] = useState<UploadResult | null>(null)
  const [started, setStarted] = useState<string | null>(null)

  const vendors = useQuery({
    queryKey: ["catalog-import-vendors"],
    queryFn: () => sdk.client.fetch<{ vendors: AdminVendor[] }>("/admin/vendors", { query: { limit: 100 } }),
  })
  const vendorName = new Map((vendors.data?.vendors ?? []).map((v) => [v.id, v.name]))

  const imports = useQuery({
    queryKey: ["catalog-imports", filter, page],
    queryFn: () =>
      sdk.client.fetch<{ imports: CatalogImport[]; count: number }>("/admin/catalog-imports", {
        query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE, ...(filter === "all" ? {} : { vendor_id: filter }) },
      }),
    refetchInterval: (query) => (query.state.data?.imports.some((i) => !finished(i.status) && i.status !== "validated") ? 3000 : false),
  })
  const refreshList = () => queryClient.invalidateQueries({ queryKey: ["catalog-imports"] })

  const upload = useMutation({
    mutationFn: ({ vendor, file }: { vendor: string; file: File }) => uploadImport(vendor, file),
    onSuccess: (answer) => (setResult(answer), refreshList()),
    onError: (e) => setResult({ kind: "error", message: errorMessage(e) }),
  })
  const start = useMutation({
    mutationFn: (id: string) => sdk.client.fetch<{ import: CatalogImport }>(`/admin/catalog-imports/${id}/start`, { method: "POST", body: {} }),
    onSuccess: ({ import: job }) => (setStarted(job.id), refreshList()),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const file = fileInput.current?.files?.[0]
    if (!vendorId || !file) {
      setResult({ kind: "error", message: "Choose a vendor and a file." })
      return
    }
    setStarted(null)
    start.reset()
    upload.mutate({ vendor: vendorId, file })
  }

  const count = imports.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <Heading level="h1">Catalogue imports</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Import products (or courses, for a teacher) into a vendor&apos;s catalogue from a CSV, XLSX or JSON file. Every row is
              checked first: a file with an error imports nothing.
            </Text>
          </div>
          <div className="flex gap-x-2">
            {(["csv", "xlsx", "json"] as const).map((format) => (
              <Button key={format} size="small" variant="secondary" asChild>
                <a href={`${String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")}/admin/catalog-imports/template?format=${format}`} download>
                  <ArrowDownTray /> {format.toUpperCase()} template
                </a>
              </Button>
            ))}
          </div>
        </div>

        <form className="flex flex-wrap items-end gap-3" onSubmit={submit} data-testid="admin-import-form">
          <div className="flex w-64 flex-col gap-y-1" data-testid="admin-import-vendor">
            <Label size="small">Vendor</Label>
            <Select value={vendorId} onValueChange={(v) => (setVendorId(v), setResult(null))}>
              <Select.Trigger>
                <Select.Value placeholder={vendors.isLoading ? "Loading…" : "Choose a vendor"} />
              </Select.Trigger>
              <Select.Content>
                {(vendors.data?.vendors ?? []).map((v) => (
                  <Select.Item key={v.id} value={v.id}>
                    {v.name} ({v.kind}, {v.status})
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="admin-import-file">
              File
            </Label>
            <input
              ref={fileInput}
              id="admin-import-file"
              type="file"
              accept=".csv,.xlsx,.json"
              className="txt-compact-small"
              data-testid="admin-import-file"
              onChange={() => setResult(null)}
            />
          </div>
          <Button type="submit" size="small" isLoading={upload.isPending} data-testid="admin-import-check">
            <ArrowUpTray /> Check file
          </Button>
        </form>

        {result?.kind === "error" && (
          <Text className="text-ui-fg-error" data-testid="admin-import-error">
            {result.message}
          </Text>
        )}

        {result?.kind === "invalid" && (
          <div className="flex flex-col gap-y-2" data-testid="admin-import-errors">
            <Text className="text-ui-fg-error" weight="plus">
              {result.count} error{result.count === 1 ? "" : "s"} — nothing was imported. Row 1 is the first row under the header.
            </Text>
            {result.count > Math.min(result.errors.length, SHOWN_ERRORS) && (
              <Text size="small" className="text-ui-fg-subtle">
                The first {Math.min(result.errors.length, SHOWN_ERRORS)} are shown.
              </Text>
            )}
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Row</Table.HeaderCell>
                  <Table.HeaderCell>Column</Table.HeaderCell>
                  <Table.HeaderCell>Problem</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {result.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <Table.Row key={`${e.row}-${i}`} data-testid="admin-import-error-row">
                    <Table.Cell>{e.row}</Table.Cell>
                    <Table.Cell>{e.column ?? "—"}</Table.Cell>
                    <Table.Cell className="whitespace-normal">{e.message}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}

        {result?.kind === "validated" && (
          <div className="flex flex-col gap-y-3" data-testid="admin-import-summary">
            <Text weight="plus">
              {result.import.filename} is valid for {vendorName.get(result.import.vendor_id) ?? result.import.vendor_id}.
            </Text>
            <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
              <Figure label="Products" value={result.import.products} testId="admin-import-products" />
              <Figure label="Variants" value={result.import.variants} testId="admin-import-variants" />
              <Figure label="New SKUs" value={result.import.creates} testId="admin-import-creates" />
              <Figure label="Updated SKUs" value={result.import.updates} testId="admin-import-updates" />
            </div>
            {started === result.import.id ? (
              <ImportProgress id={started} onFinished={refreshList} />
            ) : (
              <div>
                <Button size="small" onClick={() => start.mutate(result.import.id)} isLoading={start.isPending} data-testid="admin-import-start">
                  Start import
                </Button>
                {start.error && <Text className="text-ui-fg-error">{errorMessage(start.error)}</Text>}
              </div>
            )}
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <Heading level="h2">Imports</Heading>
          <div className="w-64" data-testid="admin-import-filter">
            <Select value={filter} onValueChange={(v) => (setFilter(v), setPage(0))}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All vendors</Select.Item>
                {(vendors.data?.vendors ?? []).map((v) => (
                  <Select.Item key={v.id} value={v.id}>
                    {v.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {imports.isError && <Text className="px-6 py-4 text-ui-fg-error">Could not load the imports.</Text>}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>File</Table.HeaderCell>
              <Table.HeaderCell>Vendor</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rows</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Created / updated</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(imports.data?.imports ?? []).map((i) => (
              <Table.Row key={i.id} data-testid="admin-import-row" data-status={i.status}>
                <Table.Cell>{i.filename}</Table.Cell>
                <Table.Cell>{vendorName.get(i.vendor_id) ?? i.vendor_id}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={statusColor[i.status]}>
                    {i.status}
                    {i.status === "running" ? ` ${i.progress}%` : ""}
                  </Badge>
                  {i.status === "failed" && i.error ? (
                    <Text size="xsmall" className="text-ui-fg-error">
                      {i.error}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell className="text-right">{i.total_rows}</Table.Cell>
                <Table.Cell className="text-right">{i.status === "validated" ? "—" : `${i.created} / ${i.updated}`}</Table.Cell>
                <Table.Cell>{new Date(i.created_at).toLocaleString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {imports.data && count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No imports yet.</Text>}
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
  label: "Catalogue imports",
  icon: ArrowUpTray,
})

export default CatalogImportsPage
