import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseEntity, NotifyPartiesJob, PartyEntity } from '@parley/cases';
import { DeadlineKind, DeadlinesService } from '@parley/deadlines';
import { NotificationKind } from '@parley/notifications';
import { Actor, BadInputError, Clock, ConflictError, Outbox, RuleViolationError } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { DiscoveryAccess } from '../sets/discovery-access';
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
    private readonly access: CaseAccessService,
    private readonly discoveryAccess: DiscoveryAccess,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  agree(actor: Actor, input: AgreeExtensionInput): Promise<ExtensionModel> {
    return this.dataSource.transaction(async (manager) => {
      const set = await this.discoveryAccess.visibleSet(actor, input.setId, manager, { lock: true });
      if (set.status !== SetStatus.SERVED && set.status !== SetStatus.OVERDUE) {
        throw new ConflictError('Only a set still awaiting responses can have its response date extended.');
      }
      const side = await this.access.requireSigningSide(
        actor,
        [set.servingPartyId, set.respondingPartyId],
        'Only counsel or a pro se party for the serving or the responding party can stipulate to a new response date.',
        manager,
      );
      const current = set.responseDueOn as string;
      await this.checkDate(manager, set, input.newDueOn, current);

      const pending = await manager.findOne(ExtensionEntity, {
        where: { setId: set.id, status: ExtensionStatus.PROPOSED },
        order: { createdAt: 'DESC' },
      });
      if (pending && pending.proposedByPartyId !== side.id && pending.newDueOn === input.newDueOn) {
        return this.accept(manager, actor, set, pending, side);
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
          proposedById: actor.userId,
          status: ExtensionStatus.PROPOSED,
        }),
      );
      await this.audit.append(manager, {
        caseId: set.caseId,
        actorId: actor.userId,
        action: 'EXTENSION_PROPOSED',
        subjectType: 'Extension',
        subjectId: proposal.id,
        after: {
          setId: set.id,
          newDueOn: proposal.newDueOn,
          previousDueOn: current,
          proposedByPartyId: side.id,
        },
      });
      await this.notify(
        manager,
        set,
        side.id === set.servingPartyId ? set.respondingPartyId : set.servingPartyId,
        {
          kind: NotificationKind.EXTENSION_PROPOSED,
          message: `${side.name} proposes moving the response date of “${set.title}” from ${current} to ${proposal.newDueOn}. It takes effect if you agree to the same date.`,
        },
      );
      return toExtensionModel(proposal);
    });
  }

  async list(actor: Actor, setId: string): Promise<ExtensionModel[]> {
    const set = await this.discoveryAccess.visibleSet(actor, setId, this.dataSource.manager);
    const rows = await this.dataSource
      .getRepository(ExtensionEntity)
      .find({ where: { setId: set.id }, order: { createdAt: 'ASC' } });
    return rows.map(toExtensionModel);
  }

  private async accept(
    manager: EntityManager,
    actor: Actor,
    set: DiscoverySetEntity,
    pending: ExtensionEntity,
    side: PartyEntity,
  ): Promise<ExtensionModel> {
    Object.assign(pending, {
      status: ExtensionStatus.AGREED,
      agreedByPartyId: side.id,
      agreedById: actor.userId,
      agreedAt: this.clock.now(),
    });
    await manager.save(pending);
    const previous = set.responseDueOn;
    set.responseDueOn = pending.newDueOn;
    await manager.save(set);
    const proposer = await manager.findOneByOrFail(PartyEntity, { id: pending.proposedByPartyId });
    await this.deadlines.move(manager, actor.userId, set.id, DeadlineKind.RESPONSE_DUE, pending.newDueOn, [
      {
        rule: 'FRCP 29(b)',
        text: `Stipulated by ${proposer.name} and ${side.name}: responses due ${pending.newDueOn} instead of ${previous}.`,
        date: pending.newDueOn,
      },
    ]);
    await this.audit.append(manager, {
      caseId: set.caseId,
      actorId: actor.userId,
      action: 'EXTENSION_AGREED',
      subjectType: 'Extension',
      subjectId: pending.id,
      before: { responseDueOn: previous },
      after: {
        responseDueOn: pending.newDueOn,
        agreedByPartyId: side.id,
        proposedByPartyId: pending.proposedByPartyId,
      },
    });
    await this.notify(manager, set, null, {
      kind: NotificationKind.EXTENSION_AGREED,
      message: `${proposer.name} and ${side.name} agreed: responses to “${set.title}” are now due ${pending.newDueOn} (FRCP 29(b)).`,
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
    const theCase = await manager.findOneByOrFail(CaseEntity, { id: set.caseId });
    if (theCase.discoveryCutoffOn && newDueOn > theCase.discoveryCutoffOn) {
      throw new RuleViolationError(
        'FRCP 29(b)',
        `A stipulation cannot move a response past the discovery cut-off (${theCase.discoveryCutoffOn}) without the court’s approval (FRCP 29(b)).`,
      );
    }
  }

  private async notify(
    manager: EntityManager,
    set: DiscoverySetEntity,
    onlyPartyId: string | null,
    notice: { kind: NotificationKind; message: string },
  ) {
    const partyIds = onlyPartyId ? [onlyPartyId] : [set.servingPartyId, set.respondingPartyId];
    await this.outbox.add(manager, NotifyPartiesJob, { caseId: set.caseId, partyIds, ...notice });
  }
}
