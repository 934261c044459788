import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents kept for a case (issue 15): what is known of each file; the bytes are in the document
 * storage (a folder or an S3 bucket) under storage_key.
 */
export class Documents1796600000000 implements MigrationInterface {
  name = 'Documents1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "documents" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "uploaded_by_id" uuid NOT NULL,
                "filename" text NOT NULL,
                "content_type" text NOT NULL,
                "size" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "pages" integer,
                "storage_key" text NOT NULL,
                "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "shared_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "documents_case_idx" ON "documents" ("case_id", "uploaded_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_a415239138695edf2df57a37737" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_2a8e8522fe104aa79406262f848" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_02306fdd7023e63532159eefb3c" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_02306fdd7023e63532159eefb3c"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_2a8e8522fe104aa79406262f848"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_a415239138695edf2df57a37737"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "documents"
        `);
  }
}
