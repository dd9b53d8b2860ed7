import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202133653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "report" drop constraint if exists "report_reporter_id_target_type_target_id_unique";`);
    this.addSql(`create table if not exists "report" ("id" text not null, "reporter_type" text check ("reporter_type" in ('customer', 'vendor')) not null, "reporter_id" text not null, "target_type" text check ("target_type" in ('listing', 'review', 'vendor', 'message')) not null, "target_id" text not null, "target_vendor_id" text null, "target_label" text null, "reason" text check ("reason" in ('spam', 'fraud', 'prohibited', 'offensive', 'counterfeit', 'other')) not null, "details" text null, "status" text check ("status" in ('open', 'dismissed', 'actioned')) not null default 'open', "resolved_by" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_deleted_at" ON "report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_report_reporter_id_target_type_target_id_unique" ON "report" ("reporter_id", "target_type", "target_id") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_target_type_target_id" ON "report" ("target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_status" ON "report" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "report_action" ("id" text not null, "target_type" text check ("target_type" in ('listing', 'review', 'vendor', 'message')) not null, "target_id" text not null, "action" text check ("action" in ('dismiss', 'hide_target', 'suspend_vendor')) not null, "actor_id" text not null, "note" text null, "report_ids" jsonb not null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_action_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_action_deleted_at" ON "report_action" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_action_target_type_target_id" ON "report_action" ("target_type", "target_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "report_action" cascade;`);
  }

}
