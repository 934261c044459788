import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeadlinesAndNotices1795846607260 implements MigrationInterface {
  name = 'DeadlinesAndNotices1795846607260';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "email_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "delivery_key" text NOT NULL,
                "user_id" uuid NOT NULL,
                "to_address" text NOT NULL,
                "kind" text NOT NULL,
                "case_id" uuid,
                "subject" text NOT NULL,
                "text" text NOT NULL,
                "html" text NOT NULL,
                "status" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_71afc1aae6140ae5b6620f07ef3" UNIQUE ("delivery_key"),
                CONSTRAINT "PK_aa4e94683dafee7c55aaeb9f59d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "email_enabled" boolean NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_endpoints" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "url" text NOT NULL,
                "description" text NOT NULL,
                "secret_sealed" text NOT NULL,
                "consecutive_failures" integer NOT NULL DEFAULT '0',
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "disabled_reason" text,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "webhook_endpoints_user_idx" ON "webhook_endpoints" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" BIGSERIAL NOT NULL,
                "endpoint_id" uuid NOT NULL,
                "case_key" text NOT NULL,
                "event_key" text NOT NULL,
                "kind" text NOT NULL,
                "payload" jsonb NOT NULL,
                "status" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_deliveries_event_key" UNIQUE ("endpoint_id", "event_key"),
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "webhook_deliveries_queue_idx" ON "webhook_deliveries" ("endpoint_id", "case_key", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_df53b5f17d35a6bac0fb13e16ad" UNIQUE ("token_hash"),
                CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "deadline_notices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "deadline_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "fire_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "due_on" date NOT NULL,
                "fired_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "deadline_notices_deadline_kind_key" UNIQUE ("deadline_id", "kind"),
                CONSTRAINT "PK_eeccc2ef48f897246556110ad4b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "deadline_notices_pending_idx" ON "deadline_notices" ("fire_at")
            WHERE fired_at IS NULL
                AND cancelled_at IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests"
            ADD "answer_by_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests"
            ADD "answer_by" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_endpoints"
            ADD CONSTRAINT "FK_1f1a98a1a1faabacca9aff7ab6e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "deadline_notices"
            ADD CONSTRAINT "FK_f0a50d177cd4a7aeb97d9304400" FOREIGN KEY ("deadline_id") REFERENCES "deadlines"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "deadline_notices" DROP CONSTRAINT "FK_f0a50d177cd4a7aeb97d9304400"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"
        `);
    await queryRunner.query(`
            ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_1f1a98a1a1faabacca9aff7ab6e"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests" DROP COLUMN "answer_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_requests" DROP COLUMN "answer_by_on"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."deadline_notices_pending_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "deadline_notices"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."webhook_deliveries_queue_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."webhook_endpoints_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_endpoints"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
    await queryRunner.query(`
            DROP TABLE "email_deliveries"
        `);
  }
}
