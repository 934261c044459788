import { definedSubjects, isVisible, visibleTo } from '@parley/access';
import { AccessEnforcer } from '@parley/cases';
import { Actor, Clock, SystemRole } from '@parley/platform';
import { Parley, startParley } from './support/test-app';
import { buildWorld, Role, ROLES, World } from './support/world';

/**
 * ARCHITECTURE.md, "The one door": a list composes the policy's own filter, so it can never show what
 * a read by id would hide. Checked on every kind of subject the libs define, for every kind of
 * caller, row by row, against the real database.
 */
describe('lists and reads by id agree', () => {
  let parley: Parley;
  let world: World;
  const actors = new Map<Role, Actor>();

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    world = await buildWorld(parley);
    for (const role of ROLES.filter((r) => r !== 'anonymous' && r !== 'readToken')) {
      const { me } = await world.clients[role].ok(`{ me { id role courtId } }`);
      actors.set(role, {
        userId: me.id,
        role: me.role as SystemRole,
        courtId: me.courtId,
        via: 'session',
        scopes: ['READ', 'WRITE'],
      });
    }
  }, 120_000);
  afterAll(() => parley?.close());

  it('for every subject kind and caller, the list filter keeps exactly what a read by id would show', async () => {
    const enforcer = parley.api.get(AccessEnforcer);
    const now = parley.api.get(Clock).now();
    const kinds = definedSubjects();
    expect(kinds.map((k) => k.kind).sort()).toEqual(
      expect.arrayContaining(['case', 'set', 'item', 'dispute', 'escalation', 'deadline', 'court']),
    );
    const disagreements: string[] = [];
    let compared = 0;
    for (const definition of kinds) {
      const ids: string[] = (
        await parley.db.query(`SELECT ${definition.id} AS id FROM ${definition.from}`)
      ).map((r: { id: string }) => r.id);
      for (const [role, actor] of actors) {
        const listed = new Set(
          (
            await parley.db
              .createQueryBuilder()
              .select('v.id', 'id')
              .from(`(SELECT ${definition.id} AS id FROM ${definition.from})`, 'v')
              .where(visibleTo(actor, definition, 'v.id', now))
              .getRawMany()
          ).map((r: { id: string }) => r.id),
        );
        for (const id of ids) {
          const facts = await enforcer.facts(actor, definition, id);
          const byId = facts !== null && isVisible(definition.reach, facts);
          compared += 1;
          if (byId !== listed.has(id)) {
            disagreements.push(
              `${definition.kind} ${id} for ${role}: read ${byId}, listed ${listed.has(id)}`,
            );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
