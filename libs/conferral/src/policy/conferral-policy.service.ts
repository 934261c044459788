import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { Clock, Grant, lockForTransaction, SystemRole } from '@parley/platform';
import { stipulationStep } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { ConferralPolicyJoined, ConferralPolicyOrdered, ConferralPolicyProposed } from '../conferral-events';
import { ConferralPolicyProposalEntity, PolicyProposalStatus } from './conferral-policy-proposal.entity';
import { ConferralPolicyEntity } from './conferral-policy.entity';
import { ConferralPolicyModel } from './conferral-policy.model';
import { SetConferralPolicyInput } from './set-conferral-policy.input';

/**
 * Whether letters count as conferral in a case: the court's order or every party's stipulation
 * (FRCP 29), else the default of DOMAIN.md. One side alone can only propose.
 */
@Injectable()
export class ConferralPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async effective(
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Omit<ConferralPolicyModel, 'pending'>> {
    const set = await manager.findOneBy(ConferralPolicyEntity, { caseId });
    if (set) return { caseId, lettersQualify: set.lettersQualify, source: set.source, isDefault: false };
    const prisoner = (await this.directory.parties(caseId, manager)).some((p) => p.proSe && p.incarcerated);
    return {
      caseId,
      lettersQualify: prisoner,
      source: prisoner
        ? 'Default: a party is pro se and incarcerated, so an exchange of letters may serve as conferral.'
        : 'Default: conferral is by direct dialogue.',
      isDefault: true,
    };
  }

  async get(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<ConferralPolicyModel> {
    const pending = await manager.findOne(ConferralPolicyProposalEntity, {
      where: { caseId, status: PolicyProposalStatus.PROPOSED },
      order: { recordedAt: 'DESC' },
    });
    return {
      ...(await this.effective(caseId, manager)),
      pending: pending && {
        id: pending.id,
        lettersQualify: pending.lettersQualify,
        source: pending.source,
        proposedByPartyId: pending.proposedByPartyId,
        agreedPartyIds: pending.agreedPartyIds,
        recordedAt: pending.recordedAt,
      },
    };
  }

  /** grant: case.stipulate-or-order. */
  set(grant: Grant, input: SetConferralPolicyInput): Promise<ConferralPolicyModel> {
    return this.dataSource.transaction(async (manager) => {
      await lockForTransaction(manager, `conferral-policy:${grant.caseId}`);
      const parties = (await this.directory.parties(grant.caseId, manager)).map((p) => p.id);
      if (grant.actor.role === SystemRole.COURT_STAFF) await this.order(manager, grant, input, parties);
      else await this.stipulate(manager, grant, input, parties);
      return this.get(grant.caseId, manager);
    });
  }

  private async stipulate(
    manager: EntityManager,
    grant: Grant,
    input: SetConferralPolicyInput,
    parties: string[],
  ): Promise<void> {
    const mine = grant.party.id;
    const pending = await manager.findOne(ConferralPolicyProposalEntity, {
      where: { caseId: grant.caseId, status: PolicyProposalStatus.PROPOSED },
      order: { recordedAt: 'DESC' },
    });
    const step = stipulationStep({
      pending: pending && { terms: pending.lettersQualify, agreedPartyIds: pending.agreedPartyIds },
      terms: input.lettersQualify,
      sameTerms: (a, b) => a === b,
      partyId: mine,
      parties,
    });
    if (step.action === 'unchanged') return;
    if (step.action === 'join') {
      const joined = pending as ConferralPolicyProposalEntity;
      joined.agreedPartyIds = step.agreedPartyIds;
      if (step.inEffect) await this.takeEffect(manager, joined);
      await manager.save(joined);
      await this.announce(manager, ConferralPolicyJoined, grant, joined, mine, parties);
      return;
    }
    if (pending) {
      await manager.update(
        ConferralPolicyProposalEntity,
        { id: pending.id },
        { status: PolicyProposalStatus.SUPERSEDED },
      );
    }
    const proposal = await manager.save(
      manager.create(ConferralPolicyProposalEntity, {
        caseId: grant.caseId,
        lettersQualify: input.lettersQualify,
        source: input.source,
        status: PolicyProposalStatus.PROPOSED,
        basis: 'STIPULATION',
        proposedByPartyId: mine,
        agreedPartyIds: step.agreedPartyIds,
        recordedById: grant.actor.userId,
        recordedAt: this.clock.now(),
        effectiveAt: null,
      }),
    );
    await this.announce(manager, ConferralPolicyProposed, grant, proposal, mine, parties);
  }

  private async order(
    manager: EntityManager,
    grant: Grant,
    input: SetConferralPolicyInput,
    parties: string[],
  ): Promise<void> {
    await manager.update(
      ConferralPolicyProposalEntity,
      { caseId: grant.caseId, status: PolicyProposalStatus.PROPOSED },
      { status: PolicyProposalStatus.SUPERSEDED },
    );
    const order = manager.create(ConferralPolicyProposalEntity, {
      caseId: grant.caseId,
      lettersQualify: input.lettersQualify,
      source: input.source,
      status: PolicyProposalStatus.PROPOSED,
      basis: 'COURT_ORDER',
      proposedByPartyId: null,
      agreedPartyIds: [],
      recordedById: grant.actor.userId,
      recordedAt: this.clock.now(),
      effectiveAt: null,
    });
    await this.takeEffect(manager, order);
    await manager.save(order);
    await this.announce(manager, ConferralPolicyOrdered, grant, order, null, parties);
  }

  private async takeEffect(manager: EntityManager, proposal: ConferralPolicyProposalEntity): Promise<void> {
    const now = this.clock.now();
    Object.assign(proposal, { status: PolicyProposalStatus.IN_EFFECT, effectiveAt: now });
    await manager.save(
      manager.create(ConferralPolicyEntity, {
        caseId: proposal.caseId,
        lettersQualify: proposal.lettersQualify,
        source: proposal.source,
        setById: proposal.recordedById,
        setAt: now,
      }),
    );
  }

  private announce(
    manager: EntityManager,
    event: typeof ConferralPolicyProposed,
    grant: Grant,
    proposal: ConferralPolicyProposalEntity,
    byPartyId: string | null,
    parties: string[],
  ) {
    return this.events.publish(manager, event, {
      caseId: proposal.caseId,
      actorId: grant.actor.userId,
      subjectId: proposal.id,
      data: {
        lettersQualify: proposal.lettersQualify,
        source: proposal.source,
        status: proposal.status,
        basis: proposal.basis,
        agreedPartyIds: proposal.agreedPartyIds,
        byPartyId,
      },
      notify: { parties: parties.filter((p) => p !== byPartyId) },
    });
  }
}
