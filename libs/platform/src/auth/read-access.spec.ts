/* eslint-disable no-restricted-syntax -- decisions made by hand, to test how an answer waits for one */
import { Query, Resolver, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_METADATA, Access } from './access.decorator';
import { Actor } from './actor';
import { ForbiddenError, NotFoundError } from '../errors/app-error';
import { Grant } from './grant';
import { answerAfterDecision, ReadAccess } from './read-access';
import { SystemRole } from './system-role';

const READ_CASE = { name: 'case.read', subject: 'case', holders: 'any member of the case' };
const actor: Actor = {
  userId: '6f1c1b1e-1111-4a4a-9a9a-000000000001',
  role: SystemRole.USER,
  courtId: null,
  via: 'session',
  scopes: ['READ', 'WRITE'],
} as unknown as Actor;
const caseId = '6f1c1b1e-2222-4a4a-9a9a-000000000002';

const allowed = () =>
  Promise.resolve(
    Grant.issue(
      actor,
      'case.read',
      {
        kind: 'case',
        id: caseId,
        caseId,
        courtId: null,
        parties: {},
        privateTo: null,
        beforeCourt: false,
        ownerUserId: null,
        facts: {},
      },
      null,
      [],
    ),
  );

@Resolver()
class Reads {
  ran: string[] = [];

  // The access declaration above the @Query on purpose: its metadata must survive the wrapping.
  @Access.toRead(READ_CASE, 'id')
  @Query(() => String)
  caseTitle(access: ReadAccess, title: string): Promise<string> {
    this.ran.push(access.subjectId);
    return Promise.resolve(title);
  }

  @Query(() => String)
  @Access.toRead(READ_CASE, 'id')
  forgetsItsAccess(): string {
    return 'answered';
  }
}

describe('Access.toRead', () => {
  it('runs the resolver at once, so its reads join the decision’s statement, and answers after it', async () => {
    const reads = new Reads();
    let decide!: (grant: Grant) => void;
    const decided = new Promise<Grant>((resolve) => (decide = resolve));
    const answer = reads.caseTitle(
      ReadAccess.issue(actor, 'case.read', caseId, decided),
      'Luckert v. Brannon',
    );
    expect(reads.ran).toEqual([caseId]);
    let answered = false;
    void answer.then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    decide(await allowed());
    await expect(answer).resolves.toBe('Luckert v. Brannon');
  });

  it('answers the decision’s refusal in place of what the resolver read', async () => {
    const reads = new Reads();
    const refused = Promise.reject(new NotFoundError('The case'));
    await expect(
      reads.caseTitle(ReadAccess.issue(actor, 'case.read', caseId, refused), 'Luckert v. Brannon'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a refusal wins over the resolver’s own failure, whichever settles first', async () => {
    const resolverFails = answerAfterDecision(
      new Promise((_, reject) => setTimeout(() => reject(new NotFoundError('The case')), 5)),
      () => Promise.reject(new ForbiddenError('what the resolver would have said')),
    );
    await expect(resolverFails).rejects.toBeInstanceOf(NotFoundError);
    const throwsAtOnce = answerAfterDecision(Promise.reject(new NotFoundError('The case')), () => {
      throw new Error('thrown synchronously');
    });
    await expect(throwsAtOnce).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the resolver’s failure when the decision allows', async () => {
    await expect(
      answerAfterDecision(allowed(), () => Promise.reject(new Error('the read failed'))),
    ).rejects.toThrow('the read failed');
  });

  it('keeps the metadata Nest reads from the function it calls, in either order of decorators', () => {
    const prototype = Reads.prototype as unknown as Record<string, object>;
    for (const name of ['caseTitle', 'forgetsItsAccess']) {
      expect(Reflect.getMetadata(RESOLVER_TYPE_METADATA, prototype[name])).toBe('Query');
      expect(Reflect.getMetadata(ACCESS_METADATA, prototype[name])).toEqual({
        kind: 'capability',
        capability: READ_CASE,
        from: 'id',
        withRead: true,
      });
    }
  });

  it('refuses to answer when the resolver takes no @Reading()', () => {
    expect(() => new Reads().forgetsItsAccess()).toThrow(/takes no @Reading\(\)/);
  });

  it('only the guard’s read access is accepted', () => {
    const lookalike = { actor, capability: 'case.read', subjectId: caseId, decided: allowed() };
    expect(ReadAccess.isGenuine(lookalike)).toBe(false);
    expect(ReadAccess.isGenuine(ReadAccess.issue(actor, 'case.read', caseId, allowed()))).toBe(true);
  });
});
