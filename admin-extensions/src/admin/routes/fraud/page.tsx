import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Switch, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type FiredRule = { code: string; weight: number; details: Record<string, unknown> }
type Decision = {
  id: string
  subject_type: "order" | "review"
  subject_id: string
  order_id: string | null
  email: string | null
  ip: string | null
  amount: number | null
  currency_code: string | null
  score: number
  verdict: string
  status: string
  rules: FiredRule[]
  created_at: string
}
type Rule = { code: string; enabled: boolean; weight: number; params: Record<string, number>; subject: string }
type Config = { rules: Rule[]; thresholds: { review_score: number; block_score: number } }

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : "Something went wrong")

function HeldRow({ d }: { d: Decision }) {
  const client = useQueryClient()
  const decide = useMutation({
    mutationFn: (action: "release" | "cancel") => sdk.client.fetch(`/admin/fraud/decisions/${d.id}/decision`, { method: "POST", body: { action } }),
    onSuccess: () => {
      toast.success("Done")
      client.invalidateQueries({ queryKey: ["fraud"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <Table.Row data-testid={`fraud-held-${d.id}`}>
      <Table.Cell>
        <Text size="small" weight="plus">{d.order_id ?? d.subject_id}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">{[d.email, d.ip].filter(Boolean).join(" · ")}</Text>
      </Table.Cell>
      <Table.Cell>{d.amount !== null ? `${d.amount} ${d.currency_code?.toUpperCase() ?? ""}` : "—"}</Table.Cell>
      <Table.Cell>{d.score}</Table.Cell>
      <Table.Cell>
        {d.rules.map((r) => (
          <Text key={r.code} size="xsmall">
            <Badge size="2xsmall">{`${r.code} +${r.weight}`}</Badge> {JSON.stringify(r.details)}
          </Text>
        ))}
      </Table.Cell>
      <Table.Cell>
        {d.subject_type === "order" ? (
          <div className="flex gap-x-1">
            <Button size="small" variant="secondary" disabled={decide.isPending} onClick={() => decide.mutate("release")}>Approve</Button>
            <Button size="small" variant="danger" disabled={decide.isPending} onClick={() => decide.mutate("cancel")}>Cancel order</Button>
          </div>
        ) : (
          <Text size="xsmall" className="text-ui-fg-subtle">Review held: publish or hide it in the reviews queue</Text>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

function RuleRow({ rule, onSave, saving }: { rule: Rule; onSave: (r: Partial<Rule> & { code: string }) => void; saving: boolean }) {
  const [weight, setWeight] = useState(String(rule.weight))
  const [params, setParams] = useState(Object.fromEntries(Object.entries(rule.params).map(([k, v]) => [k, String(v)])))
  return (
    <Table.Row>
      <Table.Cell>
        <Text size="small" weight="plus">{rule.code}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">{rule.subject}</Text>
      </Table.Cell>
      <Table.Cell>
        <Switch checked={rule.enabled} onCheckedChange={(enabled) => onSave({ code: rule.code, enabled })} />
      </Table.Cell>
      <Table.Cell>
        <Input size="small" type="number" min={0} value={weight} onChange={(e) => setWeight(e.target.value)} />
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-wrap gap-1">
          {Object.keys(rule.params).map((k) => (
            <label key={k} className="flex items-center gap-x-1 text-xs">
              {k}
              <Input size="small" type="number" min={0} className="w-24" value={params[k]} onChange={(e) => setParams({ ...params, [k]: e.target.value })} />
            </label>
          ))}
        </div>
      </Table.Cell>
      <Table.Cell>
        <Button
          size="small"
          variant="secondary"
          disabled={saving}
          onClick={() => onSave({ code: rule.code, weight: Number(weight), params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number(v)])) })}
        >
          Save
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Fraud: orders held for review (approve / cancel) and the rules' configuration. */
const FraudPage = () => {
  const client = useQueryClient()
  const held = useQuery({
    queryKey: ["fraud", "held"],
    queryFn: () => sdk.client.fetch<{ decisions: Decision[]; count: number }>("/admin/fraud/decisions", { query: { status: "held", limit: 100 } }),
  })
  const config = useQuery({ queryKey: ["fraud", "config"], queryFn: () => sdk.client.fetch<{ config: Config }>("/admin/fraud/config") })
  const save = useMutation({
    mutationFn: (body: object) => sdk.client.fetch<{ config: Config }>("/admin/fraud/config", { method: "POST", body }),
    onSuccess: () => {
      toast.success("Saved")
      client.invalidateQueries({ queryKey: ["fraud", "config"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const t = config.data?.config.thresholds
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <Heading className="px-6 py-4">Held for fraud review</Heading>
        {held.isError && <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(held.error)}</Text>}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Amount</Table.HeaderCell>
              <Table.HeaderCell>Score</Table.HeaderCell>
              <Table.HeaderCell>Rules fired</Table.HeaderCell>
              <Table.HeaderCell>Decision</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>{(held.data?.decisions ?? []).map((d) => <HeldRow key={d.id} d={d} />)}</Table.Body>
        </Table>
        {held.data?.count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">Nothing is held.</Text>}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Rules</Heading>
          {t && (
            <Text size="small" className="text-ui-fg-subtle">
              Score ≥ {t.review_score}: held for review · ≥ {t.block_score}: blocked
            </Text>
          )}
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rule</Table.HeaderCell>
              <Table.HeaderCell>On</Table.HeaderCell>
              <Table.HeaderCell>Weight</Table.HeaderCell>
              <Table.HeaderCell>Thresholds</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(config.data?.config.rules ?? []).map((r) => (
              <RuleRow key={`${r.code}:${r.enabled}:${r.weight}:${JSON.stringify(r.params)}`} rule={r} saving={save.isPending} onSave={(rule) => save.mutate({ rules: [rule] })} />
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Fraud", icon: ShieldCheck })

export default FraudPage
