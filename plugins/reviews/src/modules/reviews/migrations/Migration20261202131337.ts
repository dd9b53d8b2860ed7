import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202131337 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_customer_id_unique";`);
    this.addSql(`alter table if exists "review_stats" drop constraint if exists "review_stats_product_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_product_id_customer_id_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "course_id" text null, "vendor_id" text null, "customer_id" text not null, "author_name" text not null, "rating" integer not null, "title" text null, "body" text not null, "photos" jsonb null, "status" text check ("status" in ('published', 'pending', 'rejected', 'hidden')) not null default 'pending', "moderation_reasons" jsonb null, "helpful_count" integer not null default 0, "reply_body" text null, "reply_author_name" text null, "reply_member_id" text null, "replied_at" timestamptz null, "edited_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_product_id_customer_id_unique" ON "review" ("product_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status" ON "review" ("product_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vendor_id" ON "review" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_stats" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "average" real not null default 0, "histogram" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_stats_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_stats_deleted_at" ON "review_stats" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_stats_product_id_unique" ON "review_stats" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_vote" ("id" text not null, "customer_id" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_review_id" ON "review_vote" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_customer_id_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_vote" add constraint "review_vote_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_foreign";`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_stats" cascade;`);

    this.addSql(`drop table if exists "review_vote" cascade;`);
  }

}
