import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125020612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "question_vote" drop constraint if exists "question_vote_question_id_customer_id_unique";`);
    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrollment_id_lesson_id_unique";`);
    this.addSql(`alter table if exists "enrollment" drop constraint if exists "enrollment_course_id_customer_id_unique";`);
    this.addSql(`alter table if exists "course" drop constraint if exists "course_handle_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_enrollment_id_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_code_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "code" text not null, "enrollment_id" text not null, "course_id" text not null, "customer_id" text not null, "student_name" text not null, "course_title" text not null, "teacher_name" text not null, "issued_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_code_unique" ON "certificate" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_enrollment_id_unique" ON "certificate" ("enrollment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_customer_id" ON "certificate" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "course" ("id" text not null, "handle" text not null, "title" text not null, "subtitle" text null, "level" text check ("level" in ('beginner', 'intermediate', 'advanced', 'all')) not null default 'all', "language" text not null default 'en', "outcomes" text[] not null default '{}', "requirements" text[] not null default '{}', "status" text check ("status" in ('draft', 'published')) not null default 'draft', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_deleted_at" ON "course" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_course_handle_unique" ON "course" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "course_section" ("id" text not null, "title" text not null, "rank" integer not null default 0, "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_section_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_section_course_id" ON "course_section" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_section_deleted_at" ON "course_section" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "enrollment" ("id" text not null, "course_id" text not null, "customer_id" text not null, "order_id" text null, "line_item_id" text null, "status" text check ("status" in ('active', 'revoked')) not null default 'active', "enrolled_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, "last_lesson_id" text null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_deleted_at" ON "enrollment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enrollment_course_id_customer_id_unique" ON "enrollment" ("course_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_customer_id" ON "enrollment" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_order_id" ON "enrollment" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lesson" ("id" text not null, "course_id" text not null, "title" text not null, "kind" text check ("kind" in ('video', 'text')) not null default 'video', "rank" integer not null default 0, "duration_seconds" integer not null default 0, "is_preview" boolean not null default false, "body" text null, "video_file_id" text null, "video_mime_type" text null, "video_size" integer null, "section_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_section_id" ON "lesson" ("section_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_deleted_at" ON "lesson" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_course_id" ON "lesson" ("course_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lesson_progress" ("id" text not null, "lesson_id" text not null, "course_id" text not null, "seconds_watched" integer not null default 0, "position_seconds" integer not null default 0, "completed_at" timestamptz null, "enrollment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_enrollment_id" ON "lesson_progress" ("enrollment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_deleted_at" ON "lesson_progress" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lesson_progress_enrollment_id_lesson_id_unique" ON "lesson_progress" ("enrollment_id", "lesson_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_course_id_lesson_id" ON "lesson_progress" ("course_id", "lesson_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "question" ("id" text not null, "course_id" text not null, "lesson_id" text null, "customer_id" text not null, "author_name" text not null, "title" text not null, "body" text not null, "upvotes" integer not null default 0, "answered_by_teacher" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "question_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_question_deleted_at" ON "question" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_question_course_id_answered_by_teacher" ON "question" ("course_id", "answered_by_teacher") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_question_lesson_id" ON "question" ("lesson_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "answer" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'vendor')) not null, "author_id" text not null, "author_name" text not null, "is_teacher" boolean not null default false, "body" text not null, "question_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "answer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_answer_question_id" ON "answer" ("question_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_answer_deleted_at" ON "answer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "question_vote" ("id" text not null, "customer_id" text not null, "question_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "question_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_question_vote_question_id" ON "question_vote" ("question_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_question_vote_deleted_at" ON "question_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_question_vote_question_id_customer_id_unique" ON "question_vote" ("question_id", "customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "course_section" add constraint "course_section_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "lesson" add constraint "lesson_section_id_foreign" foreign key ("section_id") references "course_section" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "lesson_progress" add constraint "lesson_progress_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "answer" add constraint "answer_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "question_vote" add constraint "question_vote_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "course_section" drop constraint if exists "course_section_course_id_foreign";`);

    this.addSql(`alter table if exists "lesson" drop constraint if exists "lesson_section_id_foreign";`);

    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrollment_id_foreign";`);

    this.addSql(`alter table if exists "answer" drop constraint if exists "answer_question_id_foreign";`);

    this.addSql(`alter table if exists "question_vote" drop constraint if exists "question_vote_question_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "course_section" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "lesson" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);

    this.addSql(`drop table if exists "question" cascade;`);

    this.addSql(`drop table if exists "answer" cascade;`);

    this.addSql(`drop table if exists "question_vote" cascade;`);
  }

}
