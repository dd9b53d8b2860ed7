import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203163208 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fraud_decision_email" ON "fraud_decision" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_fraud_decision_email";`);
  }

}
