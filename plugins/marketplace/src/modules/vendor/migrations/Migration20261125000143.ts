import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125000143 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "marketplace_setting" ("id" text not null, "auto_approve_vendors" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "marketplace_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_marketplace_setting_deleted_at" ON "marketplace_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor" add column if not exists "status_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "marketplace_setting" cascade;`);

    this.addSql(`alter table if exists "vendor" drop column if exists "status_reason";`);
  }

}
