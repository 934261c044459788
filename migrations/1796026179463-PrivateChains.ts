import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit chains per audience (issue 11): a case's chain, a party's own chain for its private work, and
 * a court's chain. No row is updated (the table is append-only): a chain is known by its owner (the
 * party, else the court, else the case), and the trail's order is a new identity column, filled by
 * the table rewrite.
 */
export class PrivateChains1796026179463 implements MigrationInterface {
  name = 'PrivateChains1796026179463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "case_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "party_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "court_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "position" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_case_seq_key"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "audit_events_chain_seq_key"
            ON "audit_events" (COALESCE("party_id", "court_id", "case_id"), "seq")
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_one_owner"
            CHECK ((party_id IS NULL OR court_id IS NULL) AND (case_id IS NOT NULL OR court_id IS NOT NULL))
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_case_position_idx" ON "audit_events" ("case_id", "position")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "audit_events_case_position_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_one_owner"`);
    await queryRunner.query(`DROP INDEX "audit_events_chain_seq_key"`);
    await queryRunner.query(`
            ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_case_seq_key" UNIQUE ("case_id", "seq")
        `);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "position"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "court_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "party_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "case_id" SET NOT NULL`);
  }
}
