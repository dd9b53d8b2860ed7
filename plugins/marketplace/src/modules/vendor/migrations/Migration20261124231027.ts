import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124231027 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_email_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`);
    this.addSql(`create table if not exists "vendor" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('seller', 'teacher')) not null, "status" text check ("status" in ('pending', 'active', 'suspended', 'rejected')) not null default 'pending', "verified" boolean not null default false, "description" text null, "logo" text null, "email" text null, "phone" text null, "country_code" text null, "currency_code" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'admin', 'staff')) not null default 'staff', "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id_email_unique" ON "vendor_member" ("vendor_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "vendor_member" cascade;`);
  }

}
