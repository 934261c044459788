import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailings (issue 15): each paper Parley serves or sends for a party to a party not on Parley, to
 * print and mail, with what its cover sheet and certificate of service say.
 */

export class Mailings1796800000000 implements MigrationInterface {
  name = 'Mailings1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "mailings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "from_party_id" uuid NOT NULL,
                "address" text NOT NULL,
                "paper_kind" text NOT NULL,
                "paper_id" uuid NOT NULL,
                "paper_title" text NOT NULL,
                "cover" jsonb NOT NULL,
                "due_on" date,
                "served_on" date NOT NULL,
                "prepared_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "prepared_by_id" uuid NOT NULL,
                "mailed_on" date,
                "mailed_by_id" uuid,
                "marked_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "mailings_paper_party_key" UNIQUE ("paper_kind", "paper_id", "party_id"),
                CONSTRAINT "PK_62f62ea6a10bcd482f24ac751c7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "mailings_case_prepared_idx" ON "mailings" ("case_id", "prepared_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_f0d3a22ade37b2399386b5f67ac" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_dac448001323d324b9e754f0daf" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings"
            ADD CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff" FOREIGN KEY ("from_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_5fe963894aa48eae2d21e58c3ff"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_dac448001323d324b9e754f0daf"
        `);
    await queryRunner.query(`
            ALTER TABLE "mailings" DROP CONSTRAINT "FK_f0d3a22ade37b2399386b5f67ac"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."mailings_case_prepared_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "mailings"
        `);
  }
}
