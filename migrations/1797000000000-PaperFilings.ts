import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16: the court's intake of papers mailed to it (DOMAIN.md, "Paper that reaches the court"). */
export class PaperFilings1797000000000 implements MigrationInterface {
  name = 'PaperFilings1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "paper_filings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "court_id" uuid NOT NULL,
                "from_party_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL,
                "received_on" date NOT NULL,
                "mailed_on" date NOT NULL,
                "scan_document_id" uuid NOT NULL,
                "certification_page" integer,
                "recorded_by_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "verdict" jsonb NOT NULL,
                "proposed_order" text NOT NULL,
                "order_text" text,
                "outcome" text,
                "ordered_by_id" uuid,
                "ordered_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "paper_filings_order_whole" CHECK (
                    (status = 'ORDER_ENTERED') = (order_text IS NOT NULL)
                    AND (order_text IS NULL) = (outcome IS NULL)
                    AND (order_text IS NULL) = (ordered_by_id IS NULL)
                    AND (order_text IS NULL) = (ordered_at IS NULL)
                ),
                CONSTRAINT "paper_filings_certification_page_check" CHECK (certification_page > 0),
                CONSTRAINT "paper_filings_mailed_before_received" CHECK (mailed_on <= received_on),
                CONSTRAINT "paper_filings_status_check" CHECK (
                    status IN (
                        'AWAITING_RESPONSE',
                        'READY_FOR_ORDER',
                        'ORDER_ENTERED'
                    )
                ),
                CONSTRAINT "paper_filings_kind_check" CHECK (
                    kind IN (
                        'DISCOVERY_FILED_WITH_COURT',
                        'MOTION_TO_COMPEL',
                        'OTHER_DISCOVERY_MOTION'
                    )
                ),
                CONSTRAINT "PK_f535c08d41bfc89a30bbb36b697" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "paper_filings_court_status_idx" ON "paper_filings" ("court_id", "status", "recorded_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_c88fc1219596f050bdfd97754b4" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_4cd453bf6c4a51000352caf8601" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_be8ee01acd5dedae17aea012baf" FOREIGN KEY ("from_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_3860dc352ad8d26cc163c8b0ef4" FOREIGN KEY ("scan_document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_166ff3ea036a4ad23629bd467c2" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_1fb704e00ecdb8778f80f4fcc55" FOREIGN KEY ("ordered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_1fb704e00ecdb8778f80f4fcc55"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_166ff3ea036a4ad23629bd467c2"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_3860dc352ad8d26cc163c8b0ef4"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_be8ee01acd5dedae17aea012baf"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_4cd453bf6c4a51000352caf8601"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_c88fc1219596f050bdfd97754b4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."paper_filings_court_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "paper_filings"
        `);
  }
}
