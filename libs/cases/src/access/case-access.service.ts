import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ForbiddenError, NotFoundError, SystemRole } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { MemberRole } from '../parties/party-enums';
import { MembershipEntity } from '../parties/membership.entity';
import { PartyEntity } from '../parties/party.entity';
import { CaseAccessDecision, decideCaseAccess } from './case-access.policy';
import {
  decideEscalationAccess,
  EscalationAccessDecision,
  EscalationCapability,
} from './escalation-access.policy';
import { CaseCapability } from './case-capability';

export interface AccessOptions {
  /** The transaction to read in. */
  manager?: EntityManager;
  /** What NOT_FOUND names when the actor may not see it ("The discovery set"). */
  notFound?: string;
}

export interface CaseAccessGrant {
  caseId: string;
  memberships: Array<{ partyId: string; role: MemberRole }>;
}

/**
 * Loads the facts the policy needs and enforces its answer: every case-scoped read and write comes
 * through here. What the actor may not see is NOT_FOUND, worded exactly as for what does not exist.
 */
@Injectable()
export class CaseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async require(
    actor: Actor,
    caseId: string,
    capability: CaseCapability,
    { manager = this.dataSource.manager, notFound = 'The case' }: AccessOptions = {},
  ): Promise<CaseAccessGrant> {
    const memberships = await this.membershipsOf(actor, caseId, manager);
    this.enforce(decideCaseAccess({ actorRole: actor.role, memberships, capability }), notFound);
    return { caseId, memberships };
  }

  /** Asks without enforcing: whether the actor may exercise a party capability (e.g. to find their side). */
  async allowsForParty(
    actor: Actor,
    party: PartyEntity,
    capability: CaseCapability,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const memberships = await this.membershipsOf(actor, party.caseId, manager);
    const hasMembers =
      memberships.some((m) => m.partyId === party.id) ||
      (await manager.existsBy(MembershipEntity, { partyId: party.id }));
    return decideCaseAccess({
      actorRole: actor.role,
      memberships,
      capability,
      party: { id: party.id, name: party.name, hasMembers },
    }).allowed;
  }

  /** For party capabilities: the party must belong to a case the actor can see. */
  async requireForParty(
    actor: Actor,
    partyId: string,
    capability: CaseCapability,
    { manager = this.dataSource.manager, notFound = 'The party' }: AccessOptions = {},
  ): Promise<CaseAccessGrant & { party: PartyEntity }> {
    const party = await manager.findOneBy(PartyEntity, { id: partyId });
    if (!party) throw new NotFoundError(notFound);
    const memberships = await this.membershipsOf(actor, party.caseId, manager);
    const hasMembers = await manager.existsBy(MembershipEntity, { partyId });
    this.enforce(
      decideCaseAccess({
        actorRole: actor.role,
        memberships,
        capability,
        party: { id: party.id, name: party.name, hasMembers },
      }),
      notFound,
    );
    return { caseId: party.caseId, memberships, party };
  }

  /**
   * The first of these parties the actor signs for (counsel or pro se, FRCP 26(g)): the side they act
   * on in a two-sided step such as a stipulation or a conferral. Refused when they sign for neither.
   */
  async requireSigningSide(
    actor: Actor,
    partyIds: readonly string[],
    refusal: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartyEntity> {
    for (const partyId of partyIds) {
      const party = await manager.findOneByOrFail(PartyEntity, { id: partyId });
      if (await this.allowsForParty(actor, party, CaseCapability.SIGN_FOR_PARTY, manager)) return party;
    }
    throw new ForbiddenError(refusal);
  }

  /** Escalations: their case's parties read them; court staff of their court read and rule once submitted. */
  async requireEscalation(
    actor: Actor,
    escalation: { caseId: string; courtId: string; submitted: boolean },
    capability: EscalationCapability,
    { manager = this.dataSource.manager, notFound = 'The escalation' }: AccessOptions = {},
  ): Promise<void> {
    const memberships = await this.membershipsOf(actor, escalation.caseId, manager);
    this.enforce(
      decideEscalationAccess({
        actorRole: actor.role,
        actorCourtId: actor.courtId,
        memberships,
        escalation,
        capability,
      }),
      notFound,
    );
  }

  private async membershipsOf(actor: Actor, caseId: string, manager: EntityManager) {
    if (actor.role !== SystemRole.USER) return [];
    return manager.find(MembershipEntity, {
      where: { caseId, userId: actor.userId },
      select: { partyId: true, role: true },
    });
  }

  private enforce(decision: CaseAccessDecision | EscalationAccessDecision, what: string): void {
    if (decision.allowed) return;
    if (decision.invisible) throw new NotFoundError(what);
    throw new ForbiddenError(decision.reason);
  }
}
