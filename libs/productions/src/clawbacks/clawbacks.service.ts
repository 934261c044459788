import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { BadInputError, Clock, ConflictError, Grant, isExclusionViolation } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { CourtModel } from '@parley/courts';
import { mailRecipient, MailingPaperKind, MailingsService } from '@parley/mailings';
import { Caption, Signer } from '@parley/papers';
import { MailedClawbacks } from '../mailed-papers';
import { CLAWBACK_NOTICE_TITLE } from './clawback-notice-paper';
import { ProductionStatus } from '../production-enums';
import { ClawbackAnswered, ClawbackRequested, ClawbackWithdrawn } from '../production-events';
import { ProductionEntity } from '../productions/production.entity';
import { BatesError, parseBatesRange } from '../volume';
import { isOnParley } from '../on-parley';
import { ClawbackEntity } from './clawback.entity';
import { AcknowledgeClawbackInput, RequestClawbackInput } from './clawback.inputs';
import { clawbackModel, ClawbackRow } from './clawback-reads';
import { ClawbackModel } from './clawback.model';

/**
 * FRCP 26(b)(5)(B) asks the receiving party to act "promptly"; Parley gives it a week, counted under
 * FRCP 6(a), and tracks the answer as its deadline.
 */
export const CLAWBACK_ANSWER_DAYS = 7;

/** Clawing back produced pages, and the receiving party's answer (FRCP 26(b)(5)(B); FRE 502). */
@Injectable()
export class ClawbacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly mailings: MailingsService,
    private readonly mailed: MailedClawbacks,
  ) {}

  /** grant: production.clawback. */
  async request(
    grant: Grant<'producing' | 'receiving'>,
    input: RequestClawbackInput,
  ): Promise<ClawbackModel> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const production = await manager.findOneOrFail(ProductionEntity, {
          where: { id: grant.subject.id },
          lock: { mode: 'pessimistic_read' },
        });
        if (production.status !== ProductionStatus.SERVED) {
          throw new ConflictError(
            'This production is a draft: nothing in it was produced, so nothing is clawed back.',
          );
        }
        let range: { first: number; last: number };
        try {
          range = parseBatesRange(input.batesRange, production.batesPrefix);
        } catch (error) {
          if (error instanceof BatesError) throw new BadInputError(`batesRange: ${error.message}`);
          throw error;
        }
        await this.checkProduced(manager, production, range, input.batesRange);
        const now = this.clock.now();
        const theCase = await this.directory.getCase(production.caseId, manager);
        const court = await this.courts.get(theCase.courtId, manager);
        const byMail = !(await isOnParley(
          this.directory,
          manager,
          production.caseId,
          production.receivingPartyId,
        ));
        const due = this.calculator.track(
          court,
          {
            triggeredOn: this.calculator.courtDay(court, now),
            days: CLAWBACK_ANSWER_DAYS,
            // FRCP 6(d): a notice that goes by mail gives three days more.
            method: byMail ? 'MAIL' : null,
            filing: false,
          },
          [
            {
              rule: 'FRCP 26(b)(5)(B)',
              text: `After being notified of a claim of privilege, a party must promptly return, sequester or destroy the information; Parley allows ${CLAWBACK_ANSWER_DAYS} days.`,
              date: this.calculator.courtDay(court, now),
            },
          ],
        );
        const clawback = await manager.save(
          manager.create(ClawbackEntity, {
            productionId: production.id,
            caseId: production.caseId,
            producingPartyId: production.producingPartyId,
            receivingPartyId: production.receivingPartyId,
            batesPrefix: production.batesPrefix,
            firstBates: range.first,
            lastBates: range.last,
            basis: input.basis,
            requestedById: grant.actor.userId,
            requestedAt: now,
            answerDueOn: due.dueOn,
            outcome: null,
            answeredAt: null,
            answeredById: null,
          }),
        );
        const model = clawbackModel(rowOf(clawback));
        await this.deadlines.open(
          manager,
          grant.actor.userId,
          {
            caseId: production.caseId,
            partyId: production.receivingPartyId,
            kind: DeadlineKind.CLAWBACK_ANSWER,
            subjectType: 'Clawback',
            subjectId: clawback.id,
            description: `An answer to the clawback of ${model.batesRange}`,
            ...due,
          },
          court,
        );
        if (byMail) await this.mailNotice(manager, grant, production, clawback.id, due.dueOn, court);
        await this.events.publish(manager, ClawbackRequested, {
          caseId: production.caseId,
          actorId: grant.actor.userId,
          subjectId: clawback.id,
          data: {
            productionId: production.id,
            producingPartyId: production.producingPartyId,
            receivingPartyId: production.receivingPartyId,
            range: model.batesRange,
            pages: model.pages,
            basis: input.basis,
            answerDueOn: due.dueOn,
          },
          notify: { parties: [production.receivingPartyId] },
        });
        return model;
      });
    } catch (error) {
      if (isExclusionViolation(error, 'clawbacks_pages_once')) {
        throw new ConflictError(
          'Some of these pages were clawed back already; name only pages not yet clawed back.',
        );
      }
      throw error;
    }
  }

  /** The notice to a party not on Parley, in the mail (FRCP 5(b)(2)(C)). */
  private async mailNotice(
    manager: EntityManager,
    grant: Grant,
    production: ProductionEntity,
    clawbackId: string,
    dueOn: string,
    court: CourtModel,
  ) {
    const notice = await this.mailed.document(clawbackId, manager);
    const receiving = await this.directory.party(production.receivingPartyId, manager);
    if (!receiving) return;
    await this.mailings.prepare(manager, {
      caseId: production.caseId,
      fromPartyId: production.producingPartyId,
      preparedById: grant.actor.userId,
      kind: MailingPaperKind.CLAWBACK_NOTICE,
      paperId: clawbackId,
      title: CLAWBACK_NOTICE_TITLE,
      dueOn,
      servedOn: this.calculator.courtDay(court, this.clock.now()),
      caption: notice.caption as Caption,
      from: notice.filer as Signer,
      lettersQualify: null,
      timeZone: court.timeZone,
      recipients: [mailRecipient(receiving)],
    });
  }

  /** grant: clawback.answer, the receiving party's counsel or pro se litigant. */
  acknowledge(
    grant: Grant<'producing' | 'receiving'>,
    input: AcknowledgeClawbackInput,
  ): Promise<ClawbackModel> {
    return this.dataSource.transaction(async (manager) => {
      const clawback = await manager.findOneOrFail(ClawbackEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (clawback.withdrawnAt !== null) {
        throw new ConflictError('This clawback was withdrawn: the pages are yours to use again.');
      }
      if (clawback.outcome !== null) {
        throw new ConflictError(`This clawback was answered already (${clawback.outcome.toLowerCase()}).`);
      }
      Object.assign(clawback, {
        outcome: input.outcome,
        answeredAt: this.clock.now(),
        answeredById: grant.actor.userId,
      });
      await manager.save(clawback);
      const model = clawbackModel(rowOf(clawback));
      await this.deadlines.close(
        manager,
        grant.actor.userId,
        clawback.id,
        DeadlineKind.CLAWBACK_ANSWER,
        DeadlineStatus.MET,
      );
      await this.events.publish(manager, ClawbackAnswered, {
        caseId: clawback.caseId,
        actorId: grant.actor.userId,
        subjectId: clawback.id,
        data: {
          productionId: clawback.productionId,
          producingPartyId: clawback.producingPartyId,
          receivingPartyId: clawback.receivingPartyId,
          range: model.batesRange,
          outcome: input.outcome,
        },
        notify: { parties: [clawback.producingPartyId] },
      });
      return model;
    });
  }

  /**
   * The producing party gives up its claim, or the court has rejected it: the pages are the receiving
   * party's to use again and the volume is handed out again. grant: clawback.withdraw.
   */
  withdraw(grant: Grant<'producing' | 'receiving'>): Promise<ClawbackModel> {
    return this.dataSource.transaction(async (manager) => {
      const clawback = await manager.findOneOrFail(ClawbackEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (clawback.withdrawnAt !== null) throw new ConflictError('This clawback was withdrawn already.');
      Object.assign(clawback, { withdrawnAt: this.clock.now(), withdrawnById: grant.actor.userId });
      await manager.save(clawback);
      const model = clawbackModel(rowOf(clawback));
      await this.deadlines.close(
        manager,
        grant.actor.userId,
        clawback.id,
        DeadlineKind.CLAWBACK_ANSWER,
        DeadlineStatus.CANCELLED,
      );
      await this.events.publish(manager, ClawbackWithdrawn, {
        caseId: clawback.caseId,
        actorId: grant.actor.userId,
        subjectId: clawback.id,
        data: {
          productionId: clawback.productionId,
          producingPartyId: clawback.producingPartyId,
          receivingPartyId: clawback.receivingPartyId,
          range: model.batesRange,
        },
        notify: { parties: [clawback.receivingPartyId] },
      });
      return model;
    });
  }

  /** grant: clawback.read. */
  async get(grant: Grant): Promise<ClawbackModel> {
    const [row] = await this.dataSource.query(`SELECT * FROM clawbacks WHERE id = $1`, [grant.subject.id]);
    return clawbackModel(row);
  }

  /** Every page of the range is a page of this production (a reproduced document's included). */
  private async checkProduced(
    manager: EntityManager,
    production: ProductionEntity,
    range: { first: number; last: number },
    written: string,
  ) {
    const [{ covered }] = await manager.query(
      `SELECT COALESCE(SUM(LEAST(last_bates, $3) - GREATEST(first_bates, $2) + 1), 0)::int AS covered
         FROM production_documents
        WHERE production_id = $1 AND first_bates <= $3 AND last_bates >= $2`,
      [production.id, range.first, range.last],
    );
    if (covered !== range.last - range.first + 1) {
      throw new BadInputError(
        `${written} is not all in this production (${production.batesPrefix} pages it holds are listed under documents); name pages it produced.`,
      );
    }
  }
}

function rowOf(c: ClawbackEntity): ClawbackRow {
  return {
    id: c.id,
    production_id: c.productionId,
    case_id: c.caseId,
    producing_party_id: c.producingPartyId,
    receiving_party_id: c.receivingPartyId,
    bates_prefix: c.batesPrefix,
    first_bates: c.firstBates,
    last_bates: c.lastBates,
    basis: c.basis,
    requested_at: c.requestedAt,
    answer_due_on: c.answerDueOn,
    outcome: c.outcome,
    answered_at: c.answeredAt,
    withdrawn_at: c.withdrawnAt,
  };
}
