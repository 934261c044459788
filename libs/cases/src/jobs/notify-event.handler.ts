import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { eventDefinition, EventReader, NoticeContext, NotifyEventJob, PublishedEvent } from '@parley/audit';
import { Notice, NoticeDispatcher, NotificationKind } from '@parley/notifications';
import { HandlesJob, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { CaseDirectory } from '../cases/case-directory';

/**
 * Delivers an event's notices: composed now from the event's audit link (job data holds ids only), to
 * the members the parties have now and the court's staff. Nobody beyond the event's audience: a
 * party's private event reaches that party alone.
 */
@Injectable()
@HandlesJob(NotifyEventJob)
export class NotifyEventHandler implements JobHandler<PayloadOf<typeof NotifyEventJob>> {
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
    await this.dataSource.transaction(async (manager) => {
      const event = await this.events.get(manager, eventId);
      const definition = event && eventDefinition(event.action);
      if (!event || !definition) return;
      const scope = await this.scope(manager, event);
      const notices: Notice[] = [];
      // Only the event's own parties and court hear of it, whatever the job names.
      const audience = parties.filter((p) => scope.parties.has(p) && (!event.partyId || p === event.partyId));
      for (const partyId of definition.notice ? audience : []) {
        const message = definition.notice?.compose(event.data, scope.context, partyId);
        if (!message) continue;
        for (const userId of await this.directory.memberUserIds([partyId], manager)) {
          notices.push(this.notice(event, userId, definition.notice?.kind, message, event.caseId));
        }
      }
      if (courtId && courtId === scope.courtId && definition.courtNotice) {
        const message = definition.courtNotice.compose(event.data, scope.context);
        for (const userId of await this.users.courtStaffIds(courtId, manager)) {
          notices.push(this.notice(event, userId, definition.courtNotice.kind, message, null));
        }
      }
      await this.notices.deliver(
        manager,
        notices.filter((n) => !exceptUserIds.includes(n.userId)),
      );
    });
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
  private async scope(
    manager: EntityManager,
    event: PublishedEvent,
  ): Promise<{ parties: Set<string>; courtId: string | null; context: NoticeContext }> {
    if (!event.caseId) {
      const context = { partyName: () => '', caseTitle: '', docketNumber: '' };
      return { parties: new Set(), courtId: event.courtId, context };
    }
    const theCase = await this.directory.getCase(event.caseId, manager);
    const parties = await this.directory.parties(event.caseId, manager);
    const names = new Map(parties.map((p) => [p.id, p.name]));
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
