import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Court-ready papers (issue 12): what identifies a signer (N.D. Cal. Civil L.R. 3-4(a)(1)), where a
 * party is mailed (FRCP 5(b)(2)(C)), the paper kept whole as served, and the party's oath on
 * interrogatory answers (FRCP 33(b)(3), (5)). Interrogatory answers served before there was a way to
 * give that oath carry none, so they are flagged unverified.
 */
export class CourtReadyPapers1796200000000 implements MigrationInterface {
  name = 'CourtReadyPapers1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "mailing_address" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "telephone" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "bar_number" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "firm" text
        `);
    await queryRunner.query(`
            ALTER TABLE "parties"
            ADD "mailing_address" text
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD "paper" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "paper" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "verification" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses"
            ADD "unverified" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "escalation_positions"
            ADD "signer" jsonb
        `);
    await queryRunner.query(`
            UPDATE "discovery_responses" r
               SET "unverified" = true
              FROM "discovery_sets" s
             WHERE s."id" = r."set_id" AND s."kind" = 'INTERROGATORIES'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "escalation_positions" DROP COLUMN "signer"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "unverified"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "verification"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_responses" DROP COLUMN "paper"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP COLUMN "paper"
        `);
    await queryRunner.query(`
            ALTER TABLE "parties" DROP COLUMN "mailing_address"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "firm"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "bar_number"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "telephone"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "mailing_address"
        `);
  }
}
