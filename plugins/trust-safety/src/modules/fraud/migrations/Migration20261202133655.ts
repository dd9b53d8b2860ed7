import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202133655 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fraud_settings" drop constraint if exists "fraud_settings_key_unique";`);
    this.addSql(`alter table if exists "fraud_rule" drop constraint if exists "fraud_rule_code_unique";`);
    this.addSql(`create table if not exists "fraud_decision" ("id" text not null, "subject_type" text check ("subject_type" in ('order', 'review')) not null, "subject_id" text not null, "order_id" text null, "customer_id" text null, "email" text null, "ip" text null, "ip_country" text null, "device_id" text null, "fingerprint" text null, "address_key" text null, "product_id" text null, "vendor_id" text null, "amount" real null, "currency_code" text null, "score" integer not null, "verdict" text check ("verdict" in ('allow', 'review', 'block')) not null, "rules" jsonb not null, "status" text check ("status" in ('allowed', 'held', 'blocked', 'released', 'cancelled')) not null, "decided_by" text null, "decided_at" timestamptz null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fraud_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_deleted_at" ON "fraud_decision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_subject_type_subject_id" ON "fraud_decision" ("subject_type", "subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_customer_id" ON "fraud_decision" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_ip" ON "fraud_decision" ("ip") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_fingerprint" ON "fraud_decision" ("fingerprint") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_device_id" ON "fraud_decision" ("device_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_address_key" ON "fraud_decision" ("address_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_product_id" ON "fraud_decision" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_status" ON "fraud_decision" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_order_id" ON "fraud_decision" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fraud_rule" ("id" text not null, "code" text not null, "enabled" boolean not null default true, "weight" integer not null, "params" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fraud_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fraud_rule_code_unique" ON "fraud_rule" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_rule_deleted_at" ON "fraud_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fraud_settings" ("id" text not null, "key" text not null, "review_score" integer not null, "block_score" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fraud_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fraud_settings_key_unique" ON "fraud_settings" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_settings_deleted_at" ON "fraud_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fraud_signal" ("id" text not null, "kind" text check ("kind" in ('checkout', 'review', 'vendor')) not null, "subject_id" text null, "actor_type" text check ("actor_type" in ('customer', 'vendor', 'guest')) not null, "actor_id" text null, "vendor_id" text null, "ip" text null, "device_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fraud_signal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_deleted_at" ON "fraud_signal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_subject_id" ON "fraud_signal" ("subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_actor_id" ON "fraud_signal" ("actor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_ip" ON "fraud_signal" ("ip") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_device_id" ON "fraud_signal" ("device_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_signal_vendor_id" ON "fraud_signal" ("vendor_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fraud_decision" cascade;`);

    this.addSql(`drop table if exists "fraud_rule" cascade;`);

    this.addSql(`drop table if exists "fraud_settings" cascade;`);

    this.addSql(`drop table if exists "fraud_signal" cascade;`);
  }

}
