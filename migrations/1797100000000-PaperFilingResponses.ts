import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16: the other side's answer to a motion mailed to the court, and the escalation it became. */
export class PaperFilingResponses1797100000000 implements MigrationInterface {
  name = 'PaperFilingResponses1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "response_due_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "respondent_party_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "responded_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "responded_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "not_served" boolean
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "position" text
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "item_ids" uuid array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD "escalation_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "paper_filings_response_whole" CHECK (
                    (responded_at IS NULL) = (respondent_party_id IS NULL)
                    AND (responded_at IS NULL) = (responded_by_id IS NULL)
                    AND (responded_at IS NULL) = (not_served IS NULL)
                    AND (responded_at IS NULL) = (position IS NULL)
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_592c9361a81d1f42776f6bd03a4" FOREIGN KEY ("respondent_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_cf646e3cfc8ad90b85e513ff70d" FOREIGN KEY ("responded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings"
            ADD CONSTRAINT "FK_230e16369be054d65dd37fb529a" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_230e16369be054d65dd37fb529a"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_cf646e3cfc8ad90b85e513ff70d"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "FK_592c9361a81d1f42776f6bd03a4"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP CONSTRAINT "paper_filings_response_whole"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "escalation_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "item_ids"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "position"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "not_served"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "responded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "responded_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "respondent_party_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_filings" DROP COLUMN "response_due_on"
        `);
  }
}
