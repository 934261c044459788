import { MigrationInterface, QueryRunner } from 'typeorm';

export class Productions1797200000000 implements MigrationInterface {
  name = 'Productions1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Equality on uuid and text inside the exclusion constraints' GiST indexes (a trusted extension
    // shipped with PostgreSQL: no superuser needed).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            CREATE TABLE "bates_counters" (
                "case_id" uuid NOT NULL,
                "prefix" text NOT NULL,
                "party_id" uuid NOT NULL,
                "next_number" integer NOT NULL DEFAULT '1',
                "volumes" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_bc2286faf8d44c5573541d97f06" PRIMARY KEY ("case_id", "prefix")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "clawbacks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "production_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "producing_party_id" uuid NOT NULL,
                "receiving_party_id" uuid NOT NULL,
                "bates_prefix" text NOT NULL,
                "first_bates" integer NOT NULL,
                "last_bates" integer NOT NULL,
                "basis" text NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "answer_due_on" date NOT NULL,
                "outcome" text,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE,
                "answered_by_id" uuid,
                "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE,
                "withdrawn_by_id" uuid,
                CONSTRAINT "clawbacks_withdrawn_whole" CHECK (
                    (withdrawn_at IS NULL) = (withdrawn_by_id IS NULL)
                ),
                CONSTRAINT "clawbacks_range_check" CHECK (
                    first_bates > 0
                    AND last_bates >= first_bates
                ),
                CONSTRAINT "clawbacks_answer_whole" CHECK (
                    (outcome IS NULL) = (answered_at IS NULL)
                    AND (outcome IS NULL) = (answered_by_id IS NULL)
                ),
                CONSTRAINT "clawbacks_outcome_check" CHECK (
                    outcome IS NULL
                    OR outcome IN (
                        'SEQUESTERED',
                        'RETURNED',
                        'DESTROYED',
                        'CHALLENGED'
                    )
                ),
                CONSTRAINT "clawbacks_pages_once" EXCLUDE USING gist (
                    case_id WITH =,
                    bates_prefix WITH =,
                    int4range(first_bates, last_bates, '[]') WITH &&
                )
                WHERE (withdrawn_at IS NULL),
                    CONSTRAINT "PK_a658b35a96020f75c87315c5e30" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "clawbacks_case_idx" ON "clawbacks" ("case_id", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "privilege_log_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "producing_party_id" uuid NOT NULL,
                "receiving_party_id" uuid NOT NULL,
                "set_id" uuid NOT NULL,
                "item_ids" uuid array NOT NULL,
                "number" integer,
                "log_id" uuid,
                "document_date" date NOT NULL,
                "author" text NOT NULL,
                "recipients" text array NOT NULL,
                "document_type" text NOT NULL,
                "subject" text NOT NULL,
                "privilege" text NOT NULL,
                "basis" text,
                "bates_prefix" text,
                "bates_first" integer,
                "bates_last" integer,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "added_order" SERIAL NOT NULL,
                CONSTRAINT "privilege_log_entries_range_whole" CHECK (
                    (bates_first IS NULL) = (bates_last IS NULL)
                    AND (
                        bates_first IS NULL
                        OR bates_last >= bates_first
                    )
                ),
                CONSTRAINT "privilege_log_entries_numbered_when_served" CHECK ((log_id IS NULL) = (number IS NULL)),
                CONSTRAINT "privilege_log_entries_other_basis" CHECK (
                    privilege <> 'OTHER'
                    OR basis IS NOT NULL
                ),
                CONSTRAINT "privilege_log_entries_privilege_check" CHECK (
                    privilege IN ('ATTORNEY_CLIENT', 'WORK_PRODUCT', 'OTHER')
                ),
                CONSTRAINT "PK_7ccb8cb3d34245ec8e88a11dcc7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "privilege_log_entries_log_idx" ON "privilege_log_entries" ("log_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "privilege_log_entries_set_idx" ON "privilege_log_entries" ("set_id", "producing_party_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "privilege_logs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "producing_party_id" uuid NOT NULL,
                "receiving_party_id" uuid NOT NULL,
                "set_id" uuid NOT NULL,
                "sequence" integer NOT NULL,
                "served_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "served_on" date NOT NULL,
                "served_by_id" uuid NOT NULL,
                "service_method" text NOT NULL,
                "signature" text NOT NULL,
                "paper" jsonb NOT NULL,
                CONSTRAINT "PK_cc4a867180e88713c28c9714ba0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "privilege_logs_sequence_key" ON "privilege_logs" ("set_id", "producing_party_id", "sequence")
        `);
    await queryRunner.query(`
            CREATE TABLE "productions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "producing_party_id" uuid NOT NULL,
                "receiving_party_id" uuid NOT NULL,
                "set_id" uuid NOT NULL,
                "bates_prefix" text NOT NULL,
                "status" text NOT NULL,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "volume" text,
                "first_bates" integer,
                "last_bates" integer,
                "served_at" TIMESTAMP(3) WITH TIME ZONE,
                "served_on" date,
                "served_by_id" uuid,
                "service_method" text,
                "signature" text,
                "volume_key" text,
                "volume_sha256" character(64),
                "volume_size" bigint,
                "dat" text,
                "opt" text,
                CONSTRAINT "productions_range_check" CHECK (
                    first_bates IS NULL
                    OR (
                        first_bates > 0
                        AND last_bates >= first_bates
                    )
                ),
                CONSTRAINT "productions_served_whole" CHECK (
                    (status = 'SERVED') = (served_at IS NOT NULL)
                    AND (served_at IS NULL) = (first_bates IS NULL)
                    AND (served_at IS NULL) = (volume IS NULL)
                    AND (served_at IS NULL) = (volume_key IS NULL)
                    AND (served_at IS NULL) = (dat IS NULL)
                    AND (served_at IS NULL) = (opt IS NULL)
                    AND (served_at IS NULL) = (signature IS NULL)
                ),
                CONSTRAINT "productions_status_check" CHECK (status IN ('DRAFT', 'SERVED')),
                CONSTRAINT "PK_395fda0b6f26cb5fd9a2aa6315c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "productions_set_idx" ON "productions" ("set_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "productions_case_idx" ON "productions" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "production_documents" (
                "production_id" uuid NOT NULL,
                "document_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "confidentiality" text NOT NULL,
                "custodian" text NOT NULL,
                "case_id" uuid NOT NULL,
                "bates_prefix" text NOT NULL,
                "first_bates" integer,
                "last_bates" integer,
                "pages" integer NOT NULL,
                "sha256" character(64),
                "native" boolean,
                "reproduced" boolean NOT NULL DEFAULT false,
                CONSTRAINT "production_documents_numbered_whole" CHECK (
                    pages > 0
                    AND (first_bates IS NULL) = (last_bates IS NULL)
                    AND (first_bates IS NULL) = (sha256 IS NULL)
                    AND (first_bates IS NULL) = (native IS NULL)
                    AND (
                        first_bates IS NULL
                        OR (
                            first_bates > 0
                            AND last_bates = first_bates + pages - 1
                        )
                    )
                ),
                CONSTRAINT "production_documents_confidentiality_check" CHECK (
                    confidentiality IN ('NONE', 'CONFIDENTIAL', 'HIGHLY_CONFIDENTIAL')
                ),
                CONSTRAINT "production_documents_bates_unique" EXCLUDE USING gist (
                    case_id WITH =,
                    bates_prefix WITH =,
                    int4range(first_bates, last_bates, '[]') WITH &&
                )
                WHERE (
                        first_bates IS NOT NULL
                        AND NOT reproduced
                    ),
                    CONSTRAINT "PK_5e3d0204052523c4f377c0a7656" PRIMARY KEY ("production_id", "document_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "production_documents_document_idx" ON "production_documents" ("document_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "production_items" (
                "production_id" uuid NOT NULL,
                "document_id" uuid NOT NULL,
                "item_id" uuid NOT NULL,
                CONSTRAINT "PK_76e03baa040fb98f20bba5492e5" PRIMARY KEY ("production_id", "document_id", "item_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "production_items_item_idx" ON "production_items" ("item_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "dispute_privilege_entries" (
                "dispute_id" uuid NOT NULL,
                "entry_id" uuid NOT NULL,
                CONSTRAINT "PK_54953d7d54b16fd7d5181631ebd" PRIMARY KEY ("dispute_id", "entry_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "dispute_privilege_entries_entry_idx" ON "dispute_privilege_entries" ("entry_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "bates_counters"
            ADD CONSTRAINT "FK_60407fda77f01ae7aa02d5fc5f7" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bates_counters"
            ADD CONSTRAINT "FK_e252543dec125e3ac1c7251528b" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_d85e05336df4408d2ca5d4a5dc8" FOREIGN KEY ("production_id") REFERENCES "productions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_b0a7edfaa12564b5057b1093ab1" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_74e73fa9687c90b8b228a90d250" FOREIGN KEY ("producing_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_bd746cbc7aedae3818010754a11" FOREIGN KEY ("receiving_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_9f2ba0e29759e4d69b30eac9bb7" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_af9b0aa054370f3132a3152f9c3" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks"
            ADD CONSTRAINT "FK_3e6a4afa274ade691afdfb0e352" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_9203ea11ccf2a3233d4422e7b68" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_f3af621c94453c04c4070b9a7f9" FOREIGN KEY ("producing_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_c57bfe0a24ca4db059d22a667c5" FOREIGN KEY ("receiving_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_95b9e624a6b262348d7354a7acd" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_f4aead68a524515fa6dde09052a" FOREIGN KEY ("log_id") REFERENCES "privilege_logs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries"
            ADD CONSTRAINT "FK_6e239676805a26edbd2afda08d7" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs"
            ADD CONSTRAINT "FK_50a65dc412f12d96fcd802d0618" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs"
            ADD CONSTRAINT "FK_ff820fd56331f4dbba3d3af58e8" FOREIGN KEY ("producing_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs"
            ADD CONSTRAINT "FK_6f381c8dd825f7f15ffe902e1bf" FOREIGN KEY ("receiving_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs"
            ADD CONSTRAINT "FK_a6ab2a4f019597cb43754418800" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs"
            ADD CONSTRAINT "FK_bf0d714f3ac864589cbac125482" FOREIGN KEY ("served_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_f276b7e145dbb79a547dfc8872b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_9c8f9385ae99af6b8247e81c449" FOREIGN KEY ("producing_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_0446d3dbe587176ee7d98f030c7" FOREIGN KEY ("receiving_party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_f8b42fbe346c8bbf4f7d854740f" FOREIGN KEY ("set_id") REFERENCES "discovery_sets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_d0a643f68dfa7618e76b651dbae" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "productions"
            ADD CONSTRAINT "FK_c13434d6d224a6673718e008efc" FOREIGN KEY ("served_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "production_documents"
            ADD CONSTRAINT "FK_7f0eec0a642a2587ed95b5ae68e" FOREIGN KEY ("production_id") REFERENCES "productions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "production_documents"
            ADD CONSTRAINT "FK_4253b34f2ba7e23e089112571c3" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "production_items"
            ADD CONSTRAINT "FK_14bd7498ce359adadde76a3d989" FOREIGN KEY ("production_id") REFERENCES "productions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "production_items"
            ADD CONSTRAINT "FK_aad28bf74a303c23a3a687f85b9" FOREIGN KEY ("item_id") REFERENCES "discovery_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_privilege_entries"
            ADD CONSTRAINT "FK_bf9a1f5541e8629705121eacfa3" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_privilege_entries"
            ADD CONSTRAINT "FK_54476c43a0ab5444c76696ae447" FOREIGN KEY ("entry_id") REFERENCES "privilege_log_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "dispute_privilege_entries" DROP CONSTRAINT "FK_54476c43a0ab5444c76696ae447"
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_privilege_entries" DROP CONSTRAINT "FK_bf9a1f5541e8629705121eacfa3"
        `);
    await queryRunner.query(`
            ALTER TABLE "production_items" DROP CONSTRAINT "FK_aad28bf74a303c23a3a687f85b9"
        `);
    await queryRunner.query(`
            ALTER TABLE "production_items" DROP CONSTRAINT "FK_14bd7498ce359adadde76a3d989"
        `);
    await queryRunner.query(`
            ALTER TABLE "production_documents" DROP CONSTRAINT "FK_4253b34f2ba7e23e089112571c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "production_documents" DROP CONSTRAINT "FK_7f0eec0a642a2587ed95b5ae68e"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_c13434d6d224a6673718e008efc"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_d0a643f68dfa7618e76b651dbae"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_f8b42fbe346c8bbf4f7d854740f"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_0446d3dbe587176ee7d98f030c7"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_9c8f9385ae99af6b8247e81c449"
        `);
    await queryRunner.query(`
            ALTER TABLE "productions" DROP CONSTRAINT "FK_f276b7e145dbb79a547dfc8872b"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs" DROP CONSTRAINT "FK_bf0d714f3ac864589cbac125482"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs" DROP CONSTRAINT "FK_a6ab2a4f019597cb43754418800"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs" DROP CONSTRAINT "FK_6f381c8dd825f7f15ffe902e1bf"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs" DROP CONSTRAINT "FK_ff820fd56331f4dbba3d3af58e8"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_logs" DROP CONSTRAINT "FK_50a65dc412f12d96fcd802d0618"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_6e239676805a26edbd2afda08d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_f4aead68a524515fa6dde09052a"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_95b9e624a6b262348d7354a7acd"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_c57bfe0a24ca4db059d22a667c5"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_f3af621c94453c04c4070b9a7f9"
        `);
    await queryRunner.query(`
            ALTER TABLE "privilege_log_entries" DROP CONSTRAINT "FK_9203ea11ccf2a3233d4422e7b68"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_3e6a4afa274ade691afdfb0e352"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_af9b0aa054370f3132a3152f9c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_9f2ba0e29759e4d69b30eac9bb7"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_bd746cbc7aedae3818010754a11"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_74e73fa9687c90b8b228a90d250"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_b0a7edfaa12564b5057b1093ab1"
        `);
    await queryRunner.query(`
            ALTER TABLE "clawbacks" DROP CONSTRAINT "FK_d85e05336df4408d2ca5d4a5dc8"
        `);
    await queryRunner.query(`
            ALTER TABLE "bates_counters" DROP CONSTRAINT "FK_e252543dec125e3ac1c7251528b"
        `);
    await queryRunner.query(`
            ALTER TABLE "bates_counters" DROP CONSTRAINT "FK_60407fda77f01ae7aa02d5fc5f7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."dispute_privilege_entries_entry_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "dispute_privilege_entries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."production_items_item_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "production_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."production_documents_document_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "production_documents"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."productions_case_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."productions_set_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "productions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."privilege_logs_sequence_key"
        `);
    await queryRunner.query(`
            DROP TABLE "privilege_logs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."privilege_log_entries_set_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."privilege_log_entries_log_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "privilege_log_entries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."clawbacks_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "clawbacks"
        `);
    await queryRunner.query(`
            DROP TABLE "bates_counters"
        `);
  }
}
