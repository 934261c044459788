import { MigrationInterface, QueryRunner } from 'typeorm';

interface Step {
  rule: string;
  text: string;
  date: string;
}

/** FRCP 5(b)(2)'s paragraph, as the 6(d) step names it, to the service method. */
const METHOD_BY_PARAGRAPH: Record<string, string> = {
  '5(b)(2)(C)': 'MAIL',
  '5(b)(2)(D)': 'LEFT_WITH_CLERK',
  '5(b)(2)(F)': 'OTHER_CONSENTED',
  '5(b)(2)(E)': 'ELECTRONIC',
  '5(b)(2)(A)-(B)': 'HAND',
};

/**
 * The count a deadline was computed from, read back from the steps it stored. The steps have said
 * it in the same words since the first release: "Exclude the day of the event" (FRCP 6(a)(1)(A),
 * the trigger), "Count N days" or "Count N days back" (6(a)(1)(B)), and "Served <how> (FRCP
 * 5(b)(2)(x))" (6(d)). Every deadline stored so far is between the parties (none is a filing).
 * A date stipulated or agreed has no such steps and keeps no basis: it is never counted again.
 * Written out here, not imported, so this migration means tomorrow what it means today.
 */
export function basisFromSteps(steps: Step[]): Record<string, unknown> | null {
  const lead = steps.findIndex((s) => s.rule === 'FRCP 6(a)(1)(A)');
  const count = steps[lead + 1];
  const match = count?.rule === 'FRCP 6(a)(1)(B)' ? /^Count (\d+) days?( back)?:/.exec(count.text) : null;
  if (lead < 0 || !match) return null;
  const service = steps.find((s) => s.rule === 'FRCP 6(d)');
  const paragraph = service && /\(FRCP (5\(b\)\(2\)\([A-F]\)(?:-\([A-F]\))?)\)/.exec(service.text)?.[1];
  const method = paragraph ? METHOD_BY_PARAGRAPH[paragraph] : null;
  if (service && !method) return null;
  return {
    triggeredOn: steps[lead].date,
    days: Number(match[1]),
    direction: match[2] ? 'BEFORE' : 'AFTER',
    method: method ?? null,
    filing: false,
    leadSteps: lead,
  };
}

/**
 * Deadlines keep the count that gave their date (DOMAIN.md, "The calendar changes"), so that a day
 * added to or removed from the court's calendar counts the open ones again. CourtHolidayKind gains
 * CLERK_OFFICE_INACCESSIBLE, stored as text like the others: no schema change for it.
 */
export class CalendarChanges1796300000000 implements MigrationInterface {
  name = 'CalendarChanges1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "deadlines"
            ADD "basis" jsonb
        `);
    const rows: Array<{ id: string; steps: Step[] }> = await queryRunner.query(
      `SELECT id, steps FROM "deadlines" WHERE status = 'OPEN'`,
    );
    const filled = rows
      .map(({ id, steps }) => ({ id, basis: basisFromSteps(steps) }))
      .filter((r) => r.basis !== null);
    for (let i = 0; i < filled.length; i += 500) {
      const chunk = filled.slice(i, i + 500);
      await queryRunner.query(
        `UPDATE "deadlines" d SET basis = v.basis
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, basis jsonb)
          WHERE d.id = v.id`,
        [JSON.stringify(chunk)],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "deadlines" DROP COLUMN "basis"
        `);
  }
}
