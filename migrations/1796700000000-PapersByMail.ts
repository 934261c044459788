import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers that came by mail from a party not on Parley (issue 15): the set, response or letter the
 * receiving side entered, who entered it, the day it arrived, and its scan. The three go together.
 */

export class PapersByMail1796700000000 implements MigrationInterface {
  name = 'PapersByMail1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD "recorded_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD "received_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD "scan_document_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "recorded_by_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "received_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "scan_document_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "received_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "scan_document_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD CONSTRAINT "FK_1d668eb960ba340cbc916207125" FOREIGN KEY ("scan_document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD CONSTRAINT "FK_cac6587d924f6ef66ed406b61e9" FOREIGN KEY ("scan_document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD CONSTRAINT "FK_f496e56246b271ba23b80c5b9ef" FOREIGN KEY ("scan_document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    for (const table of ['discovery_sets', 'discovery_responses']) {
      await queryRunner.query(`
            ALTER TABLE "${table}"
            ADD CONSTRAINT "${table}_on_paper_check" CHECK ((scan_document_id IS NULL) = (received_on IS NULL) AND (scan_document_id IS NULL) = (recorded_by_id IS NULL))
        `);
    }
    // A response is served by a user on Parley, or recorded from the mail by one.
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" ALTER COLUMN "served_by_id" DROP NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD CONSTRAINT "discovery_responses_served_or_recorded_check" CHECK (served_by_id IS NOT NULL OR recorded_by_id IS NOT NULL)
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD CONSTRAINT "conferral_events_on_paper_check" CHECK ((scan_document_id IS NULL) = (received_on IS NULL))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "discovery_responses" DROP CONSTRAINT "discovery_responses_served_or_recorded_check"`,
    );
    await queryRunner.query(`ALTER TABLE "discovery_responses" ALTER COLUMN "served_by_id" SET NOT NULL`);
    for (const table of ['discovery_sets', 'discovery_responses', 'conferral_events']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_on_paper_check"`);
    }
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP CONSTRAINT "FK_f496e56246b271ba23b80c5b9ef"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP CONSTRAINT "FK_cac6587d924f6ef66ed406b61e9"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP CONSTRAINT "FK_1d668eb960ba340cbc916207125"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "scan_document_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "received_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "scan_document_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "received_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "recorded_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP COLUMN "scan_document_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP COLUMN "received_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP COLUMN "recorded_by_id"
        `);
  }
}
