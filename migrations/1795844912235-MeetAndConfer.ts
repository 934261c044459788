import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetAndConfer1795844912235 implements MigrationInterface {
  name = 'MeetAndConfer1795844912235';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "disputes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "requesting_party_id" uuid NOT NULL,
                "responding_party_id" uuid NOT NULL,
                "summary" text NOT NULL,
                "status" text NOT NULL,
                "confer_from" TIMESTAMP WITH TIME ZONE NOT NULL,
                "opened_by_id" uuid NOT NULL,
                "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolution" text,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3c97580d01c1a4b0b345c42a107" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "disputes_case_opened_idx" ON "disputes" ("case_id", "opened_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "certifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dispute_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "statement" text NOT NULL,
                "signature" text NOT NULL,
                "signed_by_id" uuid NOT NULL,
                "signed_by_name" text NOT NULL,
                "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "record_ids" uuid array NOT NULL,
                "records_sha256" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fd763d412e4a1fb1b6dadd6e72b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "certifications_dispute_idx" ON "certifications" ("dispute_id", "signed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "conferral_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dispute_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "mode" text NOT NULL,
                "held_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "duration_minutes" integer,
                "participants" text array NOT NULL,
                "lead_counsel_participated" boolean,
                "summary" text NOT NULL,
                "agreed" text,
                "still_disputed" text,
                "from_party_id" uuid NOT NULL,
                "recorded_by_id" uuid NOT NULL,
                "confirmation" text NOT NULL,
                "contest_reason" text,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "confirmed_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_57f21ce8a577743411bc1e91ae7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "conferral_events_dispute_idx" ON "conferral_events" ("dispute_id", "held_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "conferral_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dispute_id" uuid NOT NULL,
                "from_party_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "mode" text NOT NULL,
                "proposed_times" TIMESTAMP WITH TIME ZONE array NOT NULL,
                "message" text NOT NULL,
                "status" text NOT NULL,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "answered_by_id" uuid,
                "answer_message" text,
                "accepted_time" TIMESTAMP WITH TIME ZONE,
                "counter_times" TIMESTAMP WITH TIME ZONE array,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fff3452e742c8f3440fb9758279" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "conferral_requests_dispute_idx" ON "conferral_requests" ("dispute_id", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "dispute_items" (
                "dispute_id" uuid NOT NULL,
                "item_id" uuid NOT NULL,
                "set_id" uuid NOT NULL,
                CONSTRAINT "PK_b68619c3d8ed68e474c12d7f9b6" PRIMARY KEY ("dispute_id", "item_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "dispute_items_item_idx" ON "dispute_items" ("item_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "conferral_policies" (
                "case_id" uuid NOT NULL,
                "letters_qualify" boolean NOT NULL,
                "source" text NOT NULL,
                "set_by_id" uuid NOT NULL,
                "set_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_51c7f7fe5b47e692c969af00cf8" PRIMARY KEY ("case_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "escalations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dispute_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "court_id" uuid NOT NULL,
                "escalating_party_id" uuid NOT NULL,
                "other_party_id" uuid NOT NULL,
                "status" text NOT NULL,
                "escalated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "escalated_by_id" uuid NOT NULL,
                "position_due_on" date NOT NULL,
                "position_window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "packet" jsonb NOT NULL,
                CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "escalations_dispute_idx" ON "escalations" ("dispute_id", "escalated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "escalations_court_status_idx" ON "escalations" ("court_id", "status", "escalated_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "escalation_positions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "escalation_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "text" text NOT NULL,
                "compromise" text,
                "submitted_by_id" uuid NOT NULL,
                "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "escalation_positions_party_key" UNIQUE ("escalation_id", "party_id"),
                CONSTRAINT "PK_b27b0809db867668bbb471088cd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "rulings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "escalation_id" uuid NOT NULL,
                "outcome" text NOT NULL,
                "order_text" text NOT NULL,
                "compliance_days" integer,
                "compliance_due_on" date,
                "ordered_party_id" uuid,
                "ruled_by_id" uuid NOT NULL,
                "ruled_by_name" text NOT NULL,
                "ruled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "UQ_97ba29000389791c3aacf0e270c" UNIQUE ("escalation_id"),
                CONSTRAINT "REL_97ba29000389791c3aacf0e270" UNIQUE ("escalation_id"),
                CONSTRAINT "PK_46cf8b55436a2655806c6765742" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes"
            ADD CONSTRAINT "FK_b19d185a7270a69c95d75425622" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes"
            ADD CONSTRAINT "FK_584124d8a65bfbce559eb04abda" FOREIGN KEY ("requesting_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes"
            ADD CONSTRAINT "FK_004f439da1447d6a0315a906c56" FOREIGN KEY ("responding_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications"
            ADD CONSTRAINT "FK_be06a5477e820e28852cd4c9c14" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD CONSTRAINT "FK_75b8cf7ef4e0d091c3fc5ff977a" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests"
            ADD CONSTRAINT "FK_5660acc140212d4cae40643cbfa" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_items"
            ADD CONSTRAINT "FK_2f515a11a564ac180f2bc331953" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_items"
            ADD CONSTRAINT "FK_ab72efb699d28db3001ab17c3e4" FOREIGN KEY ("item_id") REFERENCES "discovery_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_policies"
            ADD CONSTRAINT "FK_51c7f7fe5b47e692c969af00cf8" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations"
            ADD CONSTRAINT "FK_a7743650248f3b3477590b322cd" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations"
            ADD CONSTRAINT "FK_272caf654fdb4d65b39204e24d2" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations"
            ADD CONSTRAINT "FK_85e7bc6e186040703a4ed8e4b3d" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations"
            ADD CONSTRAINT "FK_f15030539e7ba86e4afb4bde789" FOREIGN KEY ("escalating_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations"
            ADD CONSTRAINT "FK_e228108f17b4cd3ee9f5044304c" FOREIGN KEY ("other_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalation_positions"
            ADD CONSTRAINT "FK_6a8221644ec490b728e0ff58283" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "escalation_positions"
            ADD CONSTRAINT "FK_cdc81e85ed9e1e2c32244109094" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "rulings"
            ADD CONSTRAINT "FK_97ba29000389791c3aacf0e270c" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "rulings"
            ADD CONSTRAINT "FK_f3447c80a4c34e1eb6bee63f971" FOREIGN KEY ("ordered_party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Hand-written: certifications and rulings are never updated in place (DOMAIN.md, "Audit").
    await queryRunner.query(`
            CREATE TRIGGER certifications_append_only BEFORE UPDATE OR DELETE ON "certifications"
            FOR EACH ROW EXECUTE FUNCTION served_paper_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER rulings_append_only BEFORE UPDATE OR DELETE ON "rulings"
            FOR EACH ROW EXECUTE FUNCTION served_paper_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER rulings_append_only ON "rulings"`);
    await queryRunner.query(`DROP TRIGGER certifications_append_only ON "certifications"`);
    await queryRunner.query(`
            ALTER TABLE "rulings" DROP CONSTRAINT "FK_f3447c80a4c34e1eb6bee63f971"
        `);
    await queryRunner.query(`
            ALTER TABLE "rulings" DROP CONSTRAINT "FK_97ba29000389791c3aacf0e270c"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalation_positions" DROP CONSTRAINT "FK_cdc81e85ed9e1e2c32244109094"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalation_positions" DROP CONSTRAINT "FK_6a8221644ec490b728e0ff58283"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations" DROP CONSTRAINT "FK_e228108f17b4cd3ee9f5044304c"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations" DROP CONSTRAINT "FK_f15030539e7ba86e4afb4bde789"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations" DROP CONSTRAINT "FK_85e7bc6e186040703a4ed8e4b3d"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations" DROP CONSTRAINT "FK_272caf654fdb4d65b39204e24d2"
        `);
    await queryRunner.query(`
            ALTER TABLE "escalations" DROP CONSTRAINT "FK_a7743650248f3b3477590b322cd"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_policies" DROP CONSTRAINT "FK_51c7f7fe5b47e692c969af00cf8"
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_items" DROP CONSTRAINT "FK_ab72efb699d28db3001ab17c3e4"
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_items" DROP CONSTRAINT "FK_2f515a11a564ac180f2bc331953"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests" DROP CONSTRAINT "FK_5660acc140212d4cae40643cbfa"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP CONSTRAINT "FK_75b8cf7ef4e0d091c3fc5ff977a"
        `);
    await queryRunner.query(`
            ALTER TABLE "certifications" DROP CONSTRAINT "FK_be06a5477e820e28852cd4c9c14"
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes" DROP CONSTRAINT "FK_004f439da1447d6a0315a906c56"
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes" DROP CONSTRAINT "FK_584124d8a65bfbce559eb04abda"
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes" DROP CONSTRAINT "FK_b19d185a7270a69c95d75425622"
        `);
    await queryRunner.query(`
            DROP TABLE "rulings"
        `);
    await queryRunner.query(`
            DROP TABLE "escalation_positions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."escalations_court_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."escalations_dispute_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "escalations"
        `);
    await queryRunner.query(`
            DROP TABLE "conferral_policies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."dispute_items_item_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "dispute_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conferral_requests_dispute_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "conferral_requests"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conferral_events_dispute_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "conferral_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."certifications_dispute_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "certifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."disputes_case_opened_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "disputes"
        `);
  }
}
