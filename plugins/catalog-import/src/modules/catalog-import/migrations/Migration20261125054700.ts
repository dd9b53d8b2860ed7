import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125054700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "catalog_import" ("id" text not null, "vendor_id" text not null, "status" text check ("status" in ('validated', 'queued', 'running', 'completed', 'failed')) not null default 'validated', "format" text check ("format" in ('csv', 'json', 'xlsx')) not null, "filename" text not null, "file_key" text not null, "total_rows" integer not null default 0, "products" integer not null default 0, "variants" integer not null default 0, "creates" integer not null default 0, "updates" integer not null default 0, "batch_size" integer not null default 1000, "total_batches" integer not null default 0, "checkpoint" integer not null default 0, "processed_rows" integer not null default 0, "created" integer not null default 0, "updated" integer not null default 0, "attempts" integer not null default 0, "heartbeat_at" timestamptz null, "started_at" timestamptz null, "completed_at" timestamptz null, "error" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_import_deleted_at" ON "catalog_import" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_import_vendor_id_created_at" ON "catalog_import" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_import_status" ON "catalog_import" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_import" cascade;`);
  }

}
