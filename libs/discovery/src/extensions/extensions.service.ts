import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService } from '@parley/deadlines';
import { BadInputError, Clock, ConflictError, Grant, PartyRef, RuleViolationError } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { ExtensionAgreed, ExtensionProposed } from '../discovery-events';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { AgreeExtensionInput } from './agree-extension.input';
import { ExtensionEntity, ExtensionStatus } from './extension.entity';
import { ExtensionModel, toExtensionModel } from './extension.model';
import { spokenDate, spokenDateOr } from '@parley/rules';

/**
 * Stipulated extensions of a response date (FRCP 29(b)): one side proposes a date, and it takes effect
 * when the other side gives the same date. A different date from the other side is a counter-proposal.
 */
@Injectable()
export class ExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly deadlines: DeadlinesService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: set.extend, for the serving or the responding side (grant.party). */
  agree(grant: Grant<'serving' | 'responding'>, input: AgreeExtensionInput): Promise<ExtensionModel> {
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.findOneOrFail(DiscoverySetEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (set.status !== SetStatus.SERVED && set.status !== SetStatus.OVERDUE) {
        throw new ConflictError('Only a set still awaiting responses can have its response date extended.');
      }
      const side = grant.party;
      const current = set.responseDueOn as string;
      await this.checkDate(manager, set, input.newDueOn, current);

      const pending = await manager.findOne(ExtensionEntity, {
        where: { setId: set.id, status: ExtensionStatus.PROPOSED },
        order: { createdAt: 'DESC' },
      });
      if (pending && pending.proposedByPartyId !== side.id && pending.newDueOn === input.newDueOn) {
        return this.accept(manager, grant, set, pending, side);
      }
      if (pending && pending.proposedByPartyId === side.id && pending.newDueOn === input.newDueOn) {
        return toExtensionModel(pending);
      }
      if (pending)
        await manager.update(ExtensionEntity, { id: pending.id }, { status: ExtensionStatus.SUPERSEDED });
      const proposal = await manager.save(
        manager.create(ExtensionEntity, {
          setId: set.id,
          newDueOn: input.newDueOn,
          previousDueOn: current,
          proposedByPartyId: side.id,
          proposedById: grant.actor.userId,
          status: ExtensionStatus.PROPOSED,
        }),
      );
      await this.events.publish(manager, ExtensionProposed, {
        caseId: set.caseId,
        actorId: grant.actor.userId,
        subjectId: proposal.id,
        data: {
          setId: set.id,
          title: set.title,
          newDueOn: proposal.newDueOn,
          previousDueOn: current,
          proposedByPartyId: side.id,
        },
        notify: { parties: [side.id === set.servingPartyId ? set.respondingPartyId : set.servingPartyId] },
      });
      return toExtensionModel(proposal);
    });
  }

  private async accept(
    manager: EntityManager,
    grant: Grant,
    set: DiscoverySetEntity,
    pending: ExtensionEntity,
    side: PartyRef,
  ): Promise<ExtensionModel> {
    Object.assign(pending, {
      status: ExtensionStatus.AGREED,
      agreedByPartyId: side.id,
      agreedById: grant.actor.userId,
      agreedAt: this.clock.now(),
    });
    await manager.save(pending);
    const previous = { responseDueOn: set.responseDueOn, status: set.status };
    // FRCP 29(b), 36(a)(3): an agreed date that covers an overdue set puts it back to awaiting
    // responses, so nothing is deemed admitted or late for the time the parties agreed.
    const covers =
      set.status === SetStatus.OVERDUE && pending.newDueOn >= (await this.today(manager, set.caseId));
    set.responseDueOn = pending.newDueOn;
    if (covers) set.status = SetStatus.SERVED;
    await manager.save(set);
    const proposer = await this.directory.party(pending.proposedByPartyId, manager);
    await this.deadlines.move(
      manager,
      grant.actor.userId,
      set.id,
      DeadlineKind.RESPONSE_DUE,
      pending.newDueOn,
      [
        {
          rule: 'FRCP 29(b)',
          text: `Stipulated by ${proposer?.name ?? 'the proposing party'} and ${side.name}: responses due ${spokenDate(pending.newDueOn)} instead of ${spokenDateOr(previous.responseDueOn, 'the earlier date')}.`,
          date: pending.newDueOn,
        },
      ],
      { reopen: covers },
    );
    await this.events.publish(manager, ExtensionAgreed, {
      caseId: set.caseId,
      actorId: grant.actor.userId,
      subjectId: pending.id,
      before: previous,
      data: {
        setId: set.id,
        title: set.title,
        responseDueOn: pending.newDueOn,
        status: set.status,
        wasOverdue: covers,
        agreedByPartyId: side.id,
        proposedByPartyId: pending.proposedByPartyId,
      },
      notify: { parties: [set.servingPartyId, set.respondingPartyId] },
    });
    return toExtensionModel(pending);
  }

  private async today(manager: EntityManager, caseId: string): Promise<string> {
    const theCase = await this.directory.getCase(caseId, manager);
    return this.calculator.courtDay(await this.courts.get(theCase.courtId, manager), this.clock.now());
  }

  private async checkDate(
    manager: EntityManager,
    set: DiscoverySetEntity,
    newDueOn: string,
    current: string,
  ) {
    if (newDueOn === current) throw new BadInputError(`Responses are already due ${current}.`);
    if (set.servedOn && newDueOn <= set.servedOn) {
      throw new BadInputError(
        `The new date must come after service (${spokenDateOr(set.servedOn, 'the day of service')}).`,
      );
    }
    const theCase = await this.directory.getCase(set.caseId, manager);
    if (theCase.discoveryCutoffOn && newDueOn > theCase.discoveryCutoffOn) {
      throw new RuleViolationError(
        'FRCP 29(b)',
        `A stipulation cannot move a response past the discovery cut-off (${spokenDateOr(theCase.discoveryCutoffOn, 'the day set')}) without the court’s approval (FRCP 29(b)).`,
      );
    }
  }
}
