import { MigrationInterface, QueryRunner } from 'typeorm';

/** Jobs whose handlers went with typed events; their payloads carried the notices' case text. */
const RETIRED_JOBS = `('NotifyPartiesJob', 'PartyJoinedJob', 'NotifyCourtStaffJob')`;

/**
 * What was written before WhoSeesWhat keeps its old, exploitable meaning until repaired here: one
 * side's "stipulations" and conferral policies bound the other side, old notice jobs still hold case
 * text, and disputes opened twice at once stayed CONFERRING without their items.
 *
 * Each change is recorded in legacy_repairs_1796100000000 so that down() can put it back; the table
 * goes with down(). It holds ids and the few columns changed, no notice text. No entity maps it, so
 * the generator leaves it alone; a later migration may drop it once nobody will roll back past here.
 */
export class LegacyAgreementsAndNotices1796100000000 implements MigrationInterface {
  name = 'LegacyAgreementsAndNotices1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "legacy_repairs_1796100000000" (
                "table_name" text NOT NULL,
                "row_id" uuid NOT NULL,
                "before" jsonb,
                PRIMARY KEY ("table_name", "row_id")
            )
        `);

    // 1. Each was one party's record (only party members could record before), so it becomes that
    // party's proposal. At most one proposal per case and kind is pending, as the service keeps it:
    // any later order of the same kind would have superseded it.
    await queryRunner.query(`
            WITH legacy AS (
                SELECT o.id, m.party_id,
                       jsonb_build_object('status', o.status, 'agreed_party_ids', o.agreed_party_ids,
                           'proposed_by_party_id', o.proposed_by_party_id, 'effective_at', o.effective_at) AS before,
                       EXISTS (SELECT 1 FROM "discovery_orders" later
                                WHERE later.case_id = o.case_id AND later.kind = o.kind
                                  AND (later.recorded_at, later.id) > (o.recorded_at, o.id)) AS replaced
                  FROM "discovery_orders" o
                  LEFT JOIN "memberships" m ON m.case_id = o.case_id AND m.user_id = o.recorded_by_id
                 WHERE o.basis = 'STIPULATION' AND o.status = 'IN_EFFECT' AND o.agreed_party_ids = '{}'
            ), kept AS (
                INSERT INTO "legacy_repairs_1796100000000" (table_name, row_id, before)
                SELECT 'discovery_orders', id, before FROM legacy
            )
            UPDATE "discovery_orders" o
               SET status = CASE WHEN l.replaced THEN 'SUPERSEDED' ELSE 'PROPOSED' END,
                   proposed_by_party_id = l.party_id,
                   agreed_party_ids = CASE WHEN l.party_id IS NULL THEN '{}' ELSE ARRAY[l.party_id] END,
                   effective_at = NULL
              FROM legacy l
             WHERE o.id = l.id
        `);

    // 2. A policy binds only as an in-effect proposal writes it (every party signed, or the court
    // ordered it); any other row is one side's setting and becomes that side's proposal.
    await queryRunner.query(`
            WITH legacy AS (
                SELECT p.*, m.party_id, to_jsonb(p) AS before,
                       EXISTS (SELECT 1 FROM "conferral_policy_proposals" later
                                WHERE later.case_id = p.case_id AND later.recorded_at > p.set_at) AS replaced
                  FROM "conferral_policies" p
                  LEFT JOIN "memberships" m ON m.case_id = p.case_id AND m.user_id = p.set_by_id
                 WHERE NOT EXISTS (
                        SELECT 1 FROM "conferral_policy_proposals" e
                         WHERE e.case_id = p.case_id AND e.status = 'IN_EFFECT' AND e.effective_at = p.set_at
                           AND e.letters_qualify = p.letters_qualify AND e.source = p.source)
            ), proposed AS (
                INSERT INTO "conferral_policy_proposals" (case_id, letters_qualify, source, status, basis,
                    proposed_by_party_id, agreed_party_ids, recorded_by_id, recorded_at, effective_at)
                SELECT case_id, letters_qualify, source,
                       CASE WHEN replaced THEN 'SUPERSEDED' ELSE 'PROPOSED' END, 'STIPULATION', party_id,
                       CASE WHEN party_id IS NULL THEN '{}' ELSE ARRAY[party_id] END, set_by_id, set_at, NULL
                  FROM legacy
                RETURNING id
            ), kept AS (
                INSERT INTO "legacy_repairs_1796100000000" (table_name, row_id, before)
                SELECT 'conferral_policies', case_id, before FROM legacy
                UNION ALL
                SELECT 'conferral_policy_proposals', id, NULL FROM proposed
            )
            DELETE FROM "conferral_policies" p USING legacy l WHERE p.case_id = l.case_id
        `);

    // 3. No case text may stay behind, relayed or not. relayed_at is the relay's only "done": these
    // rows were never sent, but a job without a handler would only fail on the queue board.
    await queryRunner.query(`
            UPDATE "outbox_messages"
               SET payload = '{}'::jsonb, relayed_at = COALESCE(relayed_at, now())
             WHERE name IN ${RETIRED_JOBS}
        `);

    // 4. WhoSeesWhat closed a later duplicate's items where an earlier dispute by the same side held
    // them, and left the duplicate CONFERRING. Withdrawn as the service withdraws (closed_at, no
    // resolution); only disputes bearing that mark: items, none open, each also in an earlier one.
    await queryRunner.query(`
            WITH legacy AS (
                SELECT d.id, jsonb_build_object('status', d.status, 'resolution', d.resolution,
                           'closed_at', d.closed_at) AS before
                  FROM "disputes" d
                 WHERE d.status = 'CONFERRING'
                   AND EXISTS (SELECT 1 FROM "dispute_items" di WHERE di.dispute_id = d.id)
                   AND NOT EXISTS (
                        SELECT 1 FROM "dispute_items" di
                         WHERE di.dispute_id = d.id
                           AND (di.open OR NOT EXISTS (
                                SELECT 1 FROM "dispute_items" o JOIN "disputes" od ON od.id = o.dispute_id
                                 WHERE o.item_id = di.item_id AND o.requesting_party_id = di.requesting_party_id
                                   AND (od.opened_at, od.id) < (d.opened_at, d.id))))
            ), kept AS (
                INSERT INTO "legacy_repairs_1796100000000" (table_name, row_id, before)
                SELECT 'disputes', id, before FROM legacy
            )
            UPDATE "disputes" d SET status = 'WITHDRAWN', closed_at = now()
              FROM legacy l WHERE d.id = l.id
        `);
  }

  /**
   * Puts back what the parties have not acted on since: an order or proposal every party has since
   * signed (IN_EFFECT) stays, and so does a conferral policy that has since taken effect. The
   * outbox payloads cannot come back (blanking them was the point), and their rows stay marked
   * relayed: sent now, they would fail for want of a handler.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            UPDATE "disputes" d
               SET status = b.status, resolution = b.resolution, closed_at = b.closed_at
              FROM "legacy_repairs_1796100000000" r
             CROSS JOIN LATERAL jsonb_populate_record(NULL::"disputes", r.before) b
             WHERE r.table_name = 'disputes' AND d.id = r.row_id AND d.status = 'WITHDRAWN'
        `);
    await queryRunner.query(`
            DELETE FROM "conferral_policy_proposals" p USING "legacy_repairs_1796100000000" r
             WHERE r.table_name = 'conferral_policy_proposals' AND p.id = r.row_id AND p.status <> 'IN_EFFECT'
        `);
    await queryRunner.query(`
            INSERT INTO "conferral_policies"
            SELECT (jsonb_populate_record(NULL::"conferral_policies", r.before)).*
              FROM "legacy_repairs_1796100000000" r
             WHERE r.table_name = 'conferral_policies'
            ON CONFLICT (case_id) DO NOTHING
        `);
    await queryRunner.query(`
            UPDATE "discovery_orders" o
               SET status = b.status, agreed_party_ids = b.agreed_party_ids,
                   proposed_by_party_id = b.proposed_by_party_id, effective_at = b.effective_at
              FROM "legacy_repairs_1796100000000" r
             CROSS JOIN LATERAL jsonb_populate_record(NULL::"discovery_orders", r.before) b
             WHERE r.table_name = 'discovery_orders' AND o.id = r.row_id AND o.status <> 'IN_EFFECT'
        `);
    await queryRunner.query(`DROP TABLE "legacy_repairs_1796100000000"`);
  }
}
