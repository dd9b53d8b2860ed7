import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202131359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_verification" drop constraint if exists "vendor_verification_vendor_id_unique";`);
    this.addSql(`alter table if exists "moderation_case" drop constraint if exists "moderation_case_product_id_unique";`);
    this.addSql(`create table if not exists "moderation_case" ("id" text not null, "product_id" text not null, "vendor_id" text null, "listing_kind" text check ("listing_kind" in ('product', 'course')) not null default 'product', "title" text not null, "status" text check ("status" in ('approved', 'pending', 'rejected')) not null, "auto_verdict" text check ("auto_verdict" in ('approve', 'review', 'reject')) not null, "reasons" jsonb not null, "scores" jsonb not null, "images" jsonb not null, "image_status" text check ("image_status" in ('none', 'queued', 'done', 'skipped', 'failed')) not null default 'none', "content_hash" text not null, "operator_reason" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderation_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_moderation_case_product_id_unique" ON "moderation_case" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_vendor_id" ON "moderation_case" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_deleted_at" ON "moderation_case" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_verification" ("id" text not null, "vendor_id" text not null, "status" text check ("status" in ('draft', 'pending', 'approved', 'rejected', 'needs_info')) not null default 'draft', "operator_message" text null, "submitted_at" timestamptz null, "reviewed_at" timestamptz null, "reviewed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_verification_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_verification_vendor_id_unique" ON "vendor_verification" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_verification_deleted_at" ON "vendor_verification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "verification_document" ("id" text not null, "vendor_id" text not null, "type" text check ("type" in ('identity', 'business_registration', 'qualification')) not null, "storage" text check ("storage" in ('local', 's3')) not null, "storage_key" text not null, "mime_type" text not null, "size" integer not null, "sha256" text not null, "original_name" text not null, "verification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "verification_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_verification_document_vendor_id" ON "verification_document" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_verification_document_verification_id" ON "verification_document" ("verification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_verification_document_deleted_at" ON "verification_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "verification_document" add constraint "verification_document_verification_id_foreign" foreign key ("verification_id") references "vendor_verification" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "verification_document" drop constraint if exists "verification_document_verification_id_foreign";`);

    this.addSql(`drop table if exists "moderation_case" cascade;`);

    this.addSql(`drop table if exists "vendor_verification" cascade;`);

    this.addSql(`drop table if exists "verification_document" cascade;`);
  }

}
