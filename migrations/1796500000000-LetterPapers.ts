import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters between the parties kept whole as sent (issue 12, "one paper builder"), with their hash.
 * Letters sent before carry none and print rebuilt from their record, saying so.
 */
export class LetterPapers1796500000000 implements MigrationInterface {
  name = 'LetterPapers1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "paper" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "paper_sha256" text
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "paper_sha256"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "paper"
        `);
  }
}
