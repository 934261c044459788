import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { DeadlineKind, DeadlinesService } from '@parley/deadlines';
import { BadInputError, Clock, ConflictError, Grant, PartyRef, RuleViolationError } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { ExtensionAgreed, ExtensionProposed } from '../discovery-events';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { AgreeExtensionInput } from './agree-extension.input';
import { ExtensionEntity, ExtensionStatus } from './extension.entity';
import { ExtensionModel, toExtensionModel } from './extension.model';

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
    const previous = set.responseDueOn;
    set.responseDueOn = pending.newDueOn;
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
          text: `Stipulated by ${proposer?.name ?? 'the proposing party'} and ${side.name}: responses due ${pending.newDueOn} instead of ${previous}.`,
          date: pending.newDueOn,
        },
      ],
    );
    await this.events.publish(manager, ExtensionAgreed, {
      caseId: set.caseId,
      actorId: grant.actor.userId,
      subjectId: pending.id,
      before: { responseDueOn: previous },
      data: {
        setId: set.id,
        title: set.title,
        responseDueOn: pending.newDueOn,
        agreedByPartyId: side.id,
        proposedByPartyId: pending.proposedByPartyId,
      },
      notify: { parties: [set.servingPartyId, set.respondingPartyId] },
    });
    return toExtensionModel(pending);
  }

  private async checkDate(
    manager: EntityManager,
    set: DiscoverySetEntity,
    newDueOn: string,
    current: string,
  ) {
    if (newDueOn === current) throw new BadInputError(`Responses are already due ${current}.`);
    if (set.servedOn && newDueOn <= set.servedOn) {
      throw new BadInputError(`The new date must come after service (${set.servedOn}).`);
    }
    const theCase = await this.directory.getCase(set.caseId, manager);
    if (theCase.discoveryCutoffOn && newDueOn > theCase.discoveryCutoffOn) {
      throw new RuleViolationError(
        'FRCP 29(b)',
        `A stipulation cannot move a response past the discovery cut-off (${theCase.discoveryCutoffOn}) without the court’s approval (FRCP 29(b)).`,
      );
    }
  }
}
