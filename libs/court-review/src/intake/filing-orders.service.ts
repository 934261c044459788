import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { mailRecipient, MailedPaper, MailingPaperKind, MailingsService, MailsPaper } from '@parley/mailings';
import { renderPaper } from '@parley/papers';
import { BadInputError, CalendarDate, Clock, ConflictError, Grant } from '@parley/platform';
import { courtDayOf, spokenDate } from '@parley/rules';
import { DataSource } from 'typeorm';
import { PaperFilingKind, PaperFilingStatus, RulingOutcome } from '../court-review-enums';
import { PaperFilingOrdered } from '../court-review-events';
import { RulingModel } from '../escalations/escalation.model';
import { courtSigner } from '../rulings/court-signer';
import { FILING_ORDER_TITLES, filingOrderDocument } from './filing-order-paper';
import { PaperFilingEntity } from './paper-filing.entity';
import { EnterOrderOnPaperFilingInput } from './paper-filing.inputs';

/**
 * The court's order on a paper mailed to it: entered once, as the clerk edited Parley's proposal; the
 * filer not on Parley gets it by mail from the court, the parties on Parley a notice.
 */
@Injectable()
@MailsPaper(MailingPaperKind.FILING_ORDER)
export class FilingOrdersService implements MailedPaper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly users: UsersService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly mailings: MailingsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: paper-filing.order, held by the staff of the filing's court. */
  enter(grant: Grant, input: EnterOrderOnPaperFilingInput): Promise<RulingModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const filing = await manager.findOneOrFail(PaperFilingEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const court = await this.courts.get(filing.courtId, manager);
      if (filing.status === PaperFilingStatus.ORDER_ENTERED) {
        throw new ConflictError(
          `The court entered its order on this paper on ${spokenDate(courtDayOf(filing.orderedAt as Date, court.timeZone))}; an order is not entered twice.`,
        );
      }
      if (filing.escalationId) {
        throw new ConflictError(
          'This motion is before the court as its dispute’s escalation: rule on it there (ruleOnEscalation).',
        );
      }
      const grants = [RulingOutcome.GRANTED, RulingOutcome.GRANTED_IN_PART].includes(input.outcome);
      if (filing.kind === PaperFilingKind.DISCOVERY_FILED_WITH_COURT && grants) {
        throw new BadInputError(
          'Discovery sent to the court is no motion to grant: it is not filed (FRCP 5(d)(1)(A)); enter VACATED or DENIED.',
        );
      }
      const today = this.calculator.courtDay(court, now);
      if (
        grants &&
        filing.status === PaperFilingStatus.AWAITING_RESPONSE &&
        filing.responseDueOn &&
        today <= filing.responseDueOn
      ) {
        throw new ConflictError(
          `The other side may answer the motion until ${spokenDate(filing.responseDueOn)}; the court grants it after hearing that side, or once its time has run.`,
        );
      }
      const clerk = await this.users.get(grant.actor.userId, manager);
      const before = filing.status;
      Object.assign(filing, {
        status: PaperFilingStatus.ORDER_ENTERED,
        orderText: input.orderText,
        outcome: input.outcome,
        orderedById: grant.actor.userId,
        orderedAt: now,
      });
      await manager.save(filing);

      const theCase = await this.directory.getCase(filing.caseId, manager);
      const parties = await this.directory.parties(filing.caseId, manager);
      const filer = parties.find((p) => p.id === filing.fromPartyId);
      const members = await this.directory.members(filing.caseId, manager);
      if (filer && !members.some((m) => m.partyId === filer.id)) {
        await this.mailings.prepare(manager, {
          caseId: filing.caseId,
          fromPartyId: null,
          courtId: court.id,
          preparedById: grant.actor.userId,
          kind: MailingPaperKind.FILING_ORDER,
          paperId: filing.id,
          title: FILING_ORDER_TITLES[filing.kind],
          dueOn: null,
          servedOn: today,
          caption: await this.people.caption(manager, theCase, court),
          from: courtSigner(clerk.name, court.name),
          lettersQualify: null,
          timeZone: court.timeZone,
          recipients: [mailRecipient(filer)],
        });
      }
      await this.events.publish(manager, PaperFilingOrdered, {
        caseId: filing.caseId,
        actorId: grant.actor.userId,
        subjectId: filing.id,
        before: { status: before },
        data: {
          paperFilingId: filing.id,
          fromPartyId: filing.fromPartyId,
          outcome: input.outcome,
          orderText: input.orderText,
        },
        notify: { parties: parties.map((p) => p.id) },
      });
      return {
        id: filing.id,
        outcome: input.outcome,
        orderText: input.orderText,
        complianceDays: null,
        complianceDueOn: null,
        orderedParty: null,
        ruledBy: clerk.name,
        ruledAt: now,
      };
    });
  }

  /** The order as mailed to the filer. */
  async print(filingId: string): Promise<Uint8Array> {
    const manager = this.dataSource.manager;
    const filing = await manager.findOneByOrFail(PaperFilingEntity, { id: filingId });
    const theCase = await this.directory.getCase(filing.caseId, manager);
    const court = await this.courts.get(filing.courtId, manager);
    const clerk = await this.users.get(filing.orderedById as string, manager);
    return renderPaper(
      filingOrderDocument({
        caption: await this.people.caption(manager, theCase, court),
        kind: filing.kind,
        orderText: filing.orderText as string,
        orderedOn: courtDayOf(filing.orderedAt as Date, court.timeZone),
        orderedBy: clerk.name,
      }),
    );
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}
