import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, the gate closed to gaming (DOMAIN.md): resolution proposals, records of absences tied to
 * their request, when each conferral record was recorded, when the court last returned a dispute to
 * confer, and the flag on papers whose responses fall due after the discovery cut-off.
 *
 * Rows written under the old rules, repaired here (recorded in legacy_repairs_1796400000000 for
 * down(), ids and the columns changed only; no entity maps it):
 * - a dispute the court returned to confer gets the moment of its latest such ruling, so its old
 *   conferral and certification no longer count toward escalating it again;
 * - a dispute the responding side alone marked resolved is conferring again, its resolution that
 *   side's pending proposal for the moving side to accept, and the date to supplement it named
 *   becomes part of the proposal (its deadline is cancelled until the moving side accepts);
 * - served sets whose responses fell due after the cut-off are flagged as they would have been.
 * Certifications are not touched (they are append-only): the rules judge each on the records as
 * they stood when it was signed, so one signed before its side's conferral qualified, or before a
 * return to confer, no longer stands, and its side certifies again.
 */
export class GateClosedToGaming1796400000000 implements MigrationInterface {
  name = 'GateClosedToGaming1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "dispute_resolution_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dispute_id" uuid NOT NULL,
                "proposed_by_party_id" uuid NOT NULL,
                "proposed_by_id" uuid NOT NULL,
                "resolution" text NOT NULL,
                "agreed_due_on" date,
                "status" text NOT NULL,
                "proposed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "accepted_by_id" uuid,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_ed74c79a9f22762dab2904f82d1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "dispute_resolution_proposals_one_pending_key" ON "dispute_resolution_proposals" ("dispute_id")
            WHERE status = 'PROPOSED'
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_resolution_proposals"
            ADD CONSTRAINT "FK_61eaf7e820875493d77ee473365" FOREIGN KEY ("dispute_id") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets"
            ADD "due_after_cutoff" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes"
            ADD "returned_to_confer_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    // Hand-written: older records get the best moment known for their recording. A letter is sent
    // when recorded; a conference was recorded when its row was written (never before it was held).
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "recorded_at" TIMESTAMP(3) WITH TIME ZONE
        `);
    await queryRunner.query(`
            UPDATE "conferral_events"
               SET recorded_at = CASE WHEN kind = 'LETTER' THEN held_at ELSE GREATEST(created_at, held_at) END
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" ALTER COLUMN "recorded_at" SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD "request_id" uuid
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "conferral_events_one_no_show_key" ON "conferral_events" ("request_id")
            WHERE kind = 'NO_SHOW'
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events"
            ADD CONSTRAINT "FK_751997f60de61e013386e063edb" FOREIGN KEY ("request_id") REFERENCES "conferral_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

    await this.repairLegacyRows(queryRunner);
  }

  private async repairLegacyRows(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "legacy_repairs_1796400000000" (
                "table_name" text NOT NULL,
                "row_id" uuid NOT NULL,
                "before" jsonb,
                PRIMARY KEY ("table_name", "row_id")
            )
        `);

    // 1. Civil L.R. 37-3: flagged as service would have flagged them.
    await queryRunner.query(`
            UPDATE "discovery_sets" s SET due_after_cutoff = true
              FROM "cases" c
             WHERE c.id = s.case_id AND s.status <> 'DRAFT'
               AND c.discovery_cutoff_on IS NOT NULL AND s.response_due_on > c.discovery_cutoff_on
        `);

    // 2. Returned to confer: from the latest such ruling, nothing before it counts.
    await queryRunner.query(`
            UPDATE "disputes" d SET returned_to_confer_at = r.ruled_at
              FROM (SELECT e.dispute_id, max(r.ruled_at) AS ruled_at
                      FROM "rulings" r JOIN "escalations" e ON e.id = r.escalation_id
                     WHERE r.outcome = 'RETURNED_TO_CONFER'
                     GROUP BY e.dispute_id) r
             WHERE d.id = r.dispute_id
        `);

    // 3. Resolved by the responding side alone (its member recorded the resolution): the moving side
    // never agreed, so it becomes the responding side's proposal. Left alone where the moving side
    // has since opened another dispute over the same items: that one carries the question now.
    await queryRunner.query(`
            WITH resolved AS (
                SELECT DISTINCT ON (d.id) d.id, d.resolution, d.closed_at, d.responding_party_id, a.actor_id,
                       jsonb_build_object('status', d.status, 'resolution', d.resolution,
                           'closed_at', d.closed_at) AS before
                  FROM "disputes" d
                  JOIN "audit_events" a ON a.case_id = d.case_id AND a.subject_id = d.id
                                       AND a.action = 'DISPUTE_RESOLVED'
                  JOIN "memberships" m ON m.case_id = d.case_id AND m.user_id = a.actor_id
                                      AND m.party_id = d.responding_party_id
                 WHERE d.status = 'RESOLVED'
                   AND NOT EXISTS (
                        SELECT 1 FROM "dispute_items" di
                          JOIN "dispute_items" o ON o.item_id = di.item_id
                                                AND o.requesting_party_id = di.requesting_party_id
                                                AND o.open AND o.dispute_id <> di.dispute_id
                         WHERE di.dispute_id = d.id)
                 ORDER BY d.id, a.position DESC
            ), proposed AS (
                INSERT INTO "dispute_resolution_proposals" (dispute_id, proposed_by_party_id, proposed_by_id,
                    resolution, agreed_due_on, status, proposed_at)
                SELECT r.id, r.responding_party_id, r.actor_id, COALESCE(r.resolution, ''),
                       (SELECT dl.due_on FROM "deadlines" dl
                         WHERE dl.subject_id = r.id AND dl.kind = 'AGREED_SUPPLEMENT'),
                       'PROPOSED', COALESCE(r.closed_at, now())
                  FROM resolved r
                RETURNING id
            ), kept AS (
                INSERT INTO "legacy_repairs_1796400000000" (table_name, row_id, before)
                SELECT 'disputes', id, before FROM resolved
                UNION ALL
                SELECT 'dispute_resolution_proposals', id, NULL FROM proposed
            )
            UPDATE "disputes" d SET status = 'CONFERRING', resolution = NULL, closed_at = NULL
              FROM resolved r WHERE d.id = r.id
        `);
    await queryRunner.query(`
            UPDATE "dispute_items" di SET open = true
              FROM "legacy_repairs_1796400000000" r
             WHERE r.table_name = 'disputes' AND di.dispute_id = r.row_id
        `);
    // Its date to supplement waits for the moving side's acceptance, which re-opens it.
    await queryRunner.query(`
            WITH cancelled AS (
                UPDATE "deadlines" dl SET status = 'CANCELLED', closed_at = now()
                  FROM "legacy_repairs_1796400000000" r
                 WHERE r.table_name = 'disputes' AND dl.subject_id = r.row_id
                   AND dl.kind = 'AGREED_SUPPLEMENT' AND dl.status = 'OPEN'
                RETURNING dl.id
            ), kept AS (
                INSERT INTO "legacy_repairs_1796400000000" (table_name, row_id, before)
                SELECT 'deadlines', id, '{"status": "OPEN"}'::jsonb FROM cancelled
            )
            UPDATE "deadline_notices" n SET cancelled_at = now()
              FROM cancelled c
             WHERE n.deadline_id = c.id AND n.fired_at IS NULL AND n.cancelled_at IS NULL
        `);
  }

  /**
   * Puts back what the parties have not acted on since: a dispute whose proposal the moving side
   * accepted, or that has since closed otherwise, stays as it is now.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            UPDATE "deadlines" dl SET status = 'OPEN', closed_at = NULL
              FROM "legacy_repairs_1796400000000" r
             WHERE r.table_name = 'deadlines' AND dl.id = r.row_id AND dl.status = 'CANCELLED'
        `);
    await queryRunner.query(`
            UPDATE "disputes" d
               SET status = b.status, resolution = b.resolution, closed_at = b.closed_at
              FROM "legacy_repairs_1796400000000" r
             CROSS JOIN LATERAL jsonb_populate_record(NULL::"disputes", r.before) b
             WHERE r.table_name = 'disputes' AND d.id = r.row_id AND d.status = 'CONFERRING'
        `);
    await queryRunner.query(`
            UPDATE "dispute_items" di SET open = false
              FROM "legacy_repairs_1796400000000" r, "disputes" d
             WHERE r.table_name = 'disputes' AND di.dispute_id = r.row_id AND d.id = r.row_id
               AND d.status = 'RESOLVED'
        `);
    await queryRunner.query(`DROP TABLE "legacy_repairs_1796400000000"`);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP CONSTRAINT "FK_751997f60de61e013386e063edb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conferral_events_one_no_show_key"
        `);
    // Records of absences have no place in the older schema.
    await queryRunner.query(`DELETE FROM "conferral_events" WHERE kind = 'NO_SHOW'`);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "request_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "conferral_events" DROP COLUMN "recorded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "disputes" DROP COLUMN "returned_to_confer_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "discovery_sets" DROP COLUMN "due_after_cutoff"
        `);
    await queryRunner.query(`
            ALTER TABLE "dispute_resolution_proposals" DROP CONSTRAINT "FK_61eaf7e820875493d77ee473365"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."dispute_resolution_proposals_one_pending_key"
        `);
    await queryRunner.query(`
            DROP TABLE "dispute_resolution_proposals"
        `);
  }
}
