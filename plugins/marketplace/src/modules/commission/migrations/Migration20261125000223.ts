import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125000223 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_order_id_type_reference_unique";`);
    this.addSql(`alter table if exists "commission_rule" drop constraint if exists "commission_rule_scope_reference_unique";`);
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "vendor_id" text not null, "rule_id" text null, "scope" text not null, "rate" numeric not null, "base_amount" numeric not null, "amount" numeric not null, "currency_code" text not null, "raw_rate" jsonb not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_line_item_id_unique" ON "commission_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_vendor_id" ON "commission_line" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('default', 'kind', 'vendor', 'category')) not null, "reference" text not null default '', "rate" numeric not null, "name" text null, "raw_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_scope_reference_unique" ON "commission_rule" ("scope", "reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "vendor_id" text not null, "order_id" text null, "type" text check ("type" in ('sale', 'commission', 'sale_reversal', 'commission_reversal', 'payout')) not null, "reference" text not null default '', "amount" numeric not null, "currency_code" text not null, "available_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_vendor_id_currency_code" ON "ledger_entry" ("vendor_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id_type_reference_unique" ON "ledger_entry" ("order_id", "type", "reference") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
