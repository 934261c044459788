import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, settled by the database rather than by checking first: one party per account per case,
 * one open dispute per item and side; stipulations that wait for every party; and a docket number
 * that locks nobody out (several Parley cases may claim one).
 */
export class WhoSeesWhat1796026805773 implements MigrationInterface {
  name = 'WhoSeesWhat1796026805773';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A docket number no longer makes a case unique: squatting on a real one locked its parties out.
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "cases_court_docket_key"`);
    await queryRunner.query(`
            CREATE INDEX "cases_court_docket_idx" ON "cases" ("court_id", "docket_number")
        `);

    // One account represents one party per case. Memberships are never deleted here: an installation
    // where an account holds two is told which, to settle by hand.
    await queryRunner.query(`
            DO $$
            DECLARE twice text;
            BEGIN
                SELECT string_agg(DISTINCT user_id::text || ' in case ' || case_id::text, '; ') INTO twice
                  FROM (SELECT case_id, user_id FROM memberships GROUP BY case_id, user_id HAVING count(*) > 1) d;
                IF twice IS NOT NULL THEN
                    RAISE EXCEPTION 'These accounts represent more than one party of a case, which Parley no longer allows: %. Remove the extra memberships, then migrate again.', twice;
                END IF;
            END $$
        `);
    await queryRunner.query(`DROP INDEX "public"."memberships_case_user_idx"`);
    await queryRunner.query(`
            ALTER TABLE "memberships" ADD CONSTRAINT "memberships_case_user_key" UNIQUE ("case_id", "user_id")
        `);

    // One open dispute per item and side.
    await queryRunner.query(`ALTER TABLE "dispute_items" ADD "requesting_party_id" uuid`);
    await queryRunner.query(`ALTER TABLE "dispute_items" ADD "open" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`
            UPDATE "dispute_items" di
               SET requesting_party_id = d.requesting_party_id,
                   open = d.status IN ('CONFERRING', 'ESCALATED')
              FROM "disputes" d
             WHERE d.id = di.dispute_id
        `);
    // Disputes opened twice at once before this change: the oldest keeps the item; the others stay
    // as they are, only no longer counted as holding it.
    await queryRunner.query(`
            UPDATE "dispute_items" di SET open = false
              FROM "disputes" d
             WHERE d.id = di.dispute_id AND di.open
               AND EXISTS (SELECT 1 FROM "dispute_items" o JOIN "disputes" od ON od.id = o.dispute_id
                            WHERE o.item_id = di.item_id AND o.requesting_party_id = di.requesting_party_id
                              AND o.open AND (od.opened_at, od.id) < (d.opened_at, d.id))
        `);
    await queryRunner.query(`ALTER TABLE "dispute_items" ALTER COLUMN "requesting_party_id" SET NOT NULL`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "dispute_items_one_open_key" ON "dispute_items" ("item_id", "requesting_party_id")
            WHERE open
        `);

    // Stipulations take effect when every party has signed; what was recorded before stays in effect.
    await queryRunner.query(`
            ALTER TABLE "discovery_orders"
            ADD "status" text NOT NULL DEFAULT 'IN_EFFECT',
            ADD "basis" text NOT NULL DEFAULT 'STIPULATION',
            ADD "proposed_by_party_id" uuid,
            ADD "agreed_party_ids" uuid array NOT NULL DEFAULT '{}',
            ADD "effective_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`UPDATE "discovery_orders" SET effective_at = recorded_at`);
    await queryRunner.query(`
            ALTER TABLE "discovery_orders" ALTER COLUMN "status" DROP DEFAULT, ALTER COLUMN "basis" DROP DEFAULT
        `);
    await queryRunner.query(`
            CREATE TABLE "conferral_policy_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "letters_qualify" boolean NOT NULL,
                "source" text NOT NULL,
                "status" text NOT NULL,
                "basis" text NOT NULL,
                "proposed_by_party_id" uuid,
                "agreed_party_ids" uuid array NOT NULL DEFAULT '{}',
                "recorded_by_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "effective_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_16de74fbbddddb721f1a9f3847e" PRIMARY KEY ("id"),
                CONSTRAINT "FK_a47190acb8979cbf3f8a514025a" FOREIGN KEY ("case_id") REFERENCES "cases"("id")
                    ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "conferral_policy_proposals_case_idx" ON "conferral_policy_proposals" ("case_id", "recorded_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "conferral_policy_proposals"`);
    await queryRunner.query(`
            ALTER TABLE "discovery_orders" DROP COLUMN "effective_at", DROP COLUMN "agreed_party_ids",
            DROP COLUMN "proposed_by_party_id", DROP COLUMN "basis", DROP COLUMN "status"
        `);
    await queryRunner.query(`DROP INDEX "public"."dispute_items_one_open_key"`);
    await queryRunner.query(
      `ALTER TABLE "dispute_items" DROP COLUMN "open", DROP COLUMN "requesting_party_id"`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_case_user_key"`);
    await queryRunner.query(`
            CREATE INDEX "memberships_case_user_idx" ON "memberships" ("case_id", "user_id")
        `);
    await queryRunner.query(`DROP INDEX "public"."cases_court_docket_idx"`);
    await queryRunner.query(`
            ALTER TABLE "cases" ADD CONSTRAINT "cases_court_docket_key" UNIQUE ("court_id", "docket_number")
        `);
  }
}
