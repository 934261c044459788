import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { eventDefinition, EventReader, NoticeContext, NotifyEventJob, PublishedEvent } from '@parley/audit';
import { Notice, NoticeDispatcher, NotificationKind } from '@parley/notifications';
import { gatheredCalls, HandlesJob, JobHandler, jsonRead, PayloadOf, readTogether } from '@parley/platform';
import { DataSource } from 'typeorm';
import { CaseDirectory, NoticeScope } from '../cases/case-directory';

const NOBODY = jsonRead<string[]>(`SELECT '[]'::json`, []);
const NO_CASE = jsonRead<NoticeScope | null>('SELECT NULL::json', []);
const GATHER_MS = 3;

/**
 * Delivers an event's notices: composed now from the event's audit link (job data holds ids only), to
 * the members the parties have now and the court's staff. Nobody beyond the event's audience: a
 * party's private event reaches that party alone.
 *
 * Four statements, outside any transaction: the event; its case, parties, members and the court's
 * staff together; then the dispatcher's read and its one write, which is atomic as any statement is.
 * The jobs running at once share the event's read and the dispatcher's two (gatheredCalls): under a
 * backlog, a batch of jobs costs little more than one. The case's read stays each job's own: read
 * together for a batch, its text differed with the batch's size, and the notices bench was slower
 * for it. A job run twice finds every delivery there and adds nothing (unique delivery keys); a
 * batch whose write fails fails each of its jobs, to be retried.
 */
@Injectable()
@HandlesJob(NotifyEventJob)
export class NotifyEventHandler implements JobHandler<PayloadOf<typeof NotifyEventJob>> {
  private readonly event = gatheredCalls<string, PublishedEvent | null>(
    (ids) => this.events.getEach(this.dataSource.manager, ids),
    GATHER_MS,
  );

  private readonly deliver = gatheredCalls<readonly Notice[], void>(async (batches) => {
    await this.notices.deliver(this.dataSource.manager, batches.flat());
    return batches.map(() => undefined);
  }, GATHER_MS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventReader,
    private readonly directory: CaseDirectory,
    private readonly users: UsersService,
    private readonly notices: NoticeDispatcher,
  ) {}

  async handle({
    eventId,
    parties,
    courtId,
    exceptUserIds = [],
  }: PayloadOf<typeof NotifyEventJob>): Promise<void> {
    const manager = this.dataSource.manager;
    const event = await this.event(eventId);
    const definition = event && eventDefinition(event.action);
    if (!event || !definition) return;
    const [theCase, staff] = await readTogether(manager, [
      event.caseId ? this.directory.noticeScopeRead(event.caseId, parties) : NO_CASE,
      courtId && definition.courtNotice ? this.users.courtStaffIdsRead(courtId) : NOBODY,
    ]);
    if (event.caseId && !theCase) return;
    const scope = this.scope(event, theCase);
    const notices: Notice[] = [];
    // Only the event's own parties and court hear of it, whatever the job names.
    const audience = parties.filter((p) => scope.parties.has(p) && (!event.partyId || p === event.partyId));
    for (const partyId of definition.notice ? audience : []) {
      const message = definition.notice?.compose(event.data, scope.context, partyId);
      if (!message) continue;
      const members = new Set(theCase?.members.filter((m) => m.partyId === partyId).map((m) => m.userId));
      for (const userId of members) {
        notices.push(this.notice(event, userId, definition.notice?.kind, message, event.caseId));
      }
    }
    if (courtId && courtId === scope.courtId && definition.courtNotice) {
      const message = definition.courtNotice.compose(event.data, scope.context);
      for (const userId of staff) {
        notices.push(this.notice(event, userId, definition.courtNotice.kind, message, null));
      }
    }
    const told = notices.filter((n) => !exceptUserIds.includes(n.userId));
    if (told.length > 0) await this.deliver(told);
  }

  private notice(
    event: PublishedEvent,
    userId: string,
    kind: string | undefined,
    message: string,
    caseId: string | null,
  ): Notice {
    return { userId, caseId, kind: kind as NotificationKind, message, eventId: event.id };
  }

  /** The event's case's parties and court, and what its notices may name of them. */
  private scope(
    event: PublishedEvent,
    theCase: NoticeScope | null,
  ): { parties: Set<string>; courtId: string | null; context: NoticeContext } {
    if (!theCase) {
      const context = { partyName: () => '', caseTitle: '', docketNumber: '' };
      return { parties: new Set(), courtId: event.courtId, context };
    }
    const names = new Map(theCase.parties.map((p) => [p.id, p.name]));
    return {
      parties: new Set(names.keys()),
      courtId: theCase.courtId,
      context: {
        partyName: (id) => (id ? (names.get(id) ?? '') : ''),
        caseTitle: theCase.title,
        docketNumber: theCase.docketNumber,
      },
    };
  }
}
