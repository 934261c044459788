import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook deliveries go out in the order of the transactions that wrote them: each row records its
 * transaction's id (rows already there share this migration's, and keep their seq order). The id is
 * txid_current()'s, the same number as pg_current_xact_id()'s but a bigint with no cast, which
 * TypeORM's schema diff reads back as it was written.
 */
export class WebhookCommitOrder1797300000000 implements MigrationInterface {
  name = 'WebhookCommitOrder1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD "txid" bigint NOT NULL DEFAULT txid_current()
        `);
    await queryRunner.query(`
            CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries" ("endpoint_id", "case_key", "txid", "seq")
            WHERE status = 'PENDING'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."webhook_deliveries_pending_idx"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP COLUMN "txid"
        `);
  }
}
