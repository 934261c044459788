import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795839244860 implements MigrationInterface {
  name = 'Foundation1795839244860';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" BIGSERIAL NOT NULL,
                "queue" text NOT NULL,
                "name" text NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages" ("seq")
            WHERE relayed_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "courts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "district" text NOT NULL,
                "time_zone" text NOT NULL,
                "conferral_response_days" integer NOT NULL,
                "joint_letter_page_limit" integer NOT NULL,
                "position_response_days" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "courts_district_name_key" UNIQUE ("district", "name"),
                CONSTRAINT "PK_948a5d356c3083f3237ecbf9897" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "court_holidays" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "court_id" uuid NOT NULL,
                "date" date NOT NULL,
                "kind" text NOT NULL,
                "source" text NOT NULL,
                CONSTRAINT "court_holidays_court_date_key" UNIQUE ("court_id", "date"),
                CONSTRAINT "PK_334a70676fdf4dca9f0e37fe0cb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "name" text NOT NULL,
                "password_hash" text NOT NULL,
                "role" text NOT NULL,
                "court_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "api_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" text NOT NULL,
                "token_hash" text NOT NULL,
                "scopes" text array NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_bbd687a104e1921e6702c6e3aad" UNIQUE ("token_hash"),
                CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" ("family_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "action" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid,
                "before" jsonb,
                "after" jsonb,
                "prev_hash" text NOT NULL,
                "hash" text NOT NULL,
                CONSTRAINT "audit_events_case_seq_key" UNIQUE ("case_id", "seq"),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    // Hand-written: the audit chain is append-only at the database too (DOMAIN.md, "Audit").
    await queryRunner.query(`
            CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_events"
            FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
        `);
    await queryRunner.query(`
            CREATE TABLE "parties" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "name" text NOT NULL,
                "side" text NOT NULL,
                "pro_se" boolean NOT NULL,
                "incarcerated" boolean NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_da698299dca60d55f0050dde935" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "parties_case_position_key" ON "parties" ("case_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "court_id" uuid NOT NULL,
                "docket_number" text NOT NULL,
                "title" text NOT NULL,
                "judge" text NOT NULL,
                "rule26f_conference_on" date,
                "discovery_cutoff_on" date,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "cases_court_docket_key" UNIQUE ("court_id", "docket_number"),
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "email" text NOT NULL,
                "role" text NOT NULL,
                "token_hash" text NOT NULL,
                "invited_by_id" uuid NOT NULL,
                "invited_by_party_member" boolean NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_by_id" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "consented_to_electronic_service_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "memberships_party_user_key" UNIQUE ("party_id", "user_id"),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "memberships_user_idx" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "memberships_case_user_idx" ON "memberships" ("case_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "case_id" uuid,
                "kind" text NOT NULL,
                "message" text NOT NULL,
                "delivery_key" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_d8af653cd894c751c7f74719c42" UNIQUE ("delivery_key"),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "court_holidays"
            ADD CONSTRAINT "FK_eacd4168ba357ad5cb65d5213b2" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_e4fb3adca6be7ac160593912970" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "api_tokens"
            ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "parties"
            ADD CONSTRAINT "FK_2c883eabd59d0925604f23f48d9" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_ce497602239da17967965595644" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_4dcfe58bea009ced8c4c4f0a89d" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_8c5b400ad5dc666baacb0f5158f" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_8c5b400ad5dc666baacb0f5158f"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_4dcfe58bea009ced8c4c4f0a89d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_ce497602239da17967965595644"
        `);
    await queryRunner.query(`
            ALTER TABLE "parties" DROP CONSTRAINT "FK_2c883eabd59d0925604f23f48d9"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_e4fb3adca6be7ac160593912970"
        `);
    await queryRunner.query(`
            ALTER TABLE "court_holidays" DROP CONSTRAINT "FK_eacd4168ba357ad5cb65d5213b2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_user_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."memberships_case_user_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."memberships_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP TABLE "invitations"
        `);
    await queryRunner.query(`
            DROP TABLE "cases"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."parties_case_position_key"
        `);
    await queryRunner.query(`
            DROP TABLE "parties"
        `);
    await queryRunner.query(`
            DROP TRIGGER audit_events_no_truncate ON "audit_events"
        `);
    await queryRunner.query(`
            DROP TRIGGER audit_events_no_update_or_delete ON "audit_events"
        `);
    await queryRunner.query(`
            DROP FUNCTION audit_events_append_only()
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."refresh_tokens_family_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP TABLE "api_tokens"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TABLE "court_holidays"
        `);
    await queryRunner.query(`
            DROP TABLE "courts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_messages_pending_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
  }
}
