import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailings the court sends (issue 15): its order on a dispute, to a party not on Parley. A mailing
 * has one sender, a party or the court.
 */

export class CourtMailings1796900000000 implements MigrationInterface {
  name = 'CourtMailings1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD "court_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ALTER COLUMN "from_party_id" DROP NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "mailings_court_prepared_idx" ON "mailings" ("court_id", "prepared_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "mailings_one_sender" CHECK ((from_party_id IS NULL) <> (court_id IS NULL))
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff" FOREIGN KEY ("from_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_d3de248efffd8f1a5ebe776a960" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_d3de248efffd8f1a5ebe776a960"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "mailings_one_sender"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mailings_court_prepared_idx"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ALTER COLUMN "from_party_id"
            SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff" FOREIGN KEY ("from_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP COLUMN "court_id"
        `);
  }
}
