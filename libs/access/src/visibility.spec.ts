import { Actor, SystemRole } from '@parley/platform';
import { SubjectDefinition } from './subject-definition';
import { visibleRowsSql, visibleToSql } from './visibility';

const definition: SubjectDefinition = {
  kind: 'visibility-spec-note',
  noun: 'The note',
  reach: { parties: true, court: true },
  from: 'notes n',
  id: 'n.id',
  caseId: 'n.case_id',
  courtId: 'n.court_id',
  beforeCourt: 'n.escalated_at <= $now',
};

const actor = (role: SystemRole, userId: string, courtId: string | null = null): Actor => ({
  userId,
  role,
  courtId,
  via: 'session',
  scopes: ['READ', 'WRITE'],
});
const now = new Date('2026-06-01T17:00:00Z');
const party = (userId: string) => actor(SystemRole.USER, userId);

describe('visibility written in SQL', () => {
  it('numbers its parameters after those given, each of the actor’s values once', () => {
    const parameters: unknown[] = ['case-id'];
    const { from, where } = visibleRowsSql(party('user-1'), definition, now, parameters);
    expect(from).toBe('notes n');
    expect(where).toContain('vm.user_id = $2::uuid');
    expect(where).not.toMatch(/\$3|:visible/);
    expect(parameters).toEqual(['case-id', 'user-1']);
  });

  it('gives the same text to every actor of one role, with each actor’s own values', () => {
    const first: unknown[] = ['a'];
    const second: unknown[] = ['b'];
    const one = visibleRowsSql(party('user-1'), definition, now, first).where;
    const two = visibleRowsSql(party('user-2'), definition, now, second).where;
    expect(two).toBe(one);
    expect(first).toEqual(['a', 'user-1']);
    expect(second).toEqual(['b', 'user-2']);
  });

  it('numbers again after a different count of parameters, and for another role', () => {
    const after2 = visibleRowsSql(party('user-1'), definition, now, ['a', 'b']).where;
    expect(after2).toContain('vm.user_id = $3::uuid');
    const staffParameters: unknown[] = ['a'];
    const staff = visibleRowsSql(
      actor(SystemRole.COURT_STAFF, 'clerk', 'court-1'),
      definition,
      now,
      staffParameters,
    );
    expect(staff.where).toContain('n.court_id = $2::uuid');
    expect(staff.where).toContain('n.escalated_at <= $3::timestamptz');
    expect(staff.where).not.toContain('memberships');
    expect(staffParameters).toEqual(['a', 'court-1', now]);
    // Staff without a court, and an admin, see none of it.
    expect(visibleRowsSql(actor(SystemRole.COURT_STAFF, 'clerk'), definition, now, []).where).toBe('FALSE');
    expect(visibleRowsSql(actor(SystemRole.ADMIN, 'admin'), definition, now, []).where).toBe('FALSE');
  });

  it('keeps a condition on an id apart from the condition on the rows, and one id expression from another', () => {
    const rows = visibleRowsSql(party('user-1'), definition, now, []).where;
    const onId = visibleToSql(party('user-1'), definition, 'x.note_id', now, []);
    const onOther = visibleToSql(party('user-1'), definition, 'y.note_id', now, []);
    expect(onId).toBe(`x.note_id IN (SELECT n.id FROM notes n WHERE ${rows})`);
    expect(onOther.startsWith('y.note_id IN')).toBe(true);
  });
});
