import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@parley/accounts';
import { AuditService } from '@parley/audit';
import {
  Actor,
  AppConfig,
  BadInputError,
  ConflictError,
  ForbiddenError,
  hashSecret,
  InjectConfig,
  newSecret,
  NotFoundError,
  Outbox,
  SystemRole,
  TextLimit,
} from '@parley/platform';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CaseAccessService } from '../access/case-access.service';
import { CaseCapability } from '../access/case-capability';
import { PartyJoinedJob } from '../jobs/party-joined.job';
import { MembershipEntity } from '../parties/membership.entity';
import { MembershipModel, toMembershipModel } from '../parties/membership.model';
import { roleFitsParty, roleMismatchMessage } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';
import { InvitationEntity } from './invitation.entity';
import { InvitationModel } from './invitation.model';
import { InviteToPartyInput } from './invite-to-party.input';

/** j•••@example.org: enough for the invitee to recognise, without reading the address out to others. */
function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  invite(actor: Actor, input: InviteToPartyInput): Promise<InvitationModel> {
    return this.dataSource.transaction(async (manager) => {
      const { party, memberships } = await this.access.requireForParty(
        actor,
        input.partyId,
        CaseCapability.INVITE_TO_PARTY,
        { manager },
      );
      if (!roleFitsParty(input.role, party)) throw new BadInputError(roleMismatchMessage(party));
      const invitee = await manager.findOneBy(UserEntity, { email: input.email });
      if (invitee && (await manager.existsBy(MembershipEntity, { partyId: party.id, userId: invitee.id }))) {
        throw new ConflictError(`${input.email} already represents ${party.name} in this case.`);
      }
      // A new invitation to the same person for the same party replaces any earlier one.
      await manager.update(
        InvitationEntity,
        { partyId: party.id, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const token = newSecret('inv_');
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          partyId: party.id,
          caseId: party.caseId,
          email: input.email,
          role: input.role,
          tokenHash: hashSecret(token),
          invitedById: actor.userId,
          invitedByPartyMember: memberships.some((m) => m.partyId === party.id),
          expiresAt: new Date(Date.now() + this.config.invitationTtlDays * 86_400_000),
        }),
      );
      await this.audit.append(manager, {
        caseId: party.caseId,
        actorId: actor.userId,
        action: 'INVITATION_SENT',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        after: {
          partyId: party.id,
          email: input.email,
          role: input.role,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      });
      return {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        token,
        expiresAt: invitation.expiresAt,
        partyId: party.id,
      };
    });
  }

  async accept(actor: Actor, token: string): Promise<MembershipModel> {
    if (actor.role !== SystemRole.USER) {
      throw new ForbiddenError(
        'Court staff and admin accounts cannot represent a party. Use a personal account.',
      );
    }
    if (token.length > TextLimit.TOKEN) throw new NotFoundError('The invitation');
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashSecret(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.revokedAt) throw new NotFoundError('The invitation');
      if (invitation.acceptedAt) {
        throw new ConflictError(
          'This invitation has already been used. Ask for a new one if you still need to join.',
        );
      }
      if (invitation.expiresAt.getTime() <= Date.now()) {
        throw new BadInputError(
          `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask whoever sent it for a new one.`,
        );
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (user.email !== invitation.email) {
        throw new ForbiddenError(
          `This invitation was sent to ${maskEmail(invitation.email)}. Sign in with that email address to accept it.`,
        );
      }
      const party = await manager.findOneByOrFail(PartyEntity, { id: invitation.partyId });
      await this.refuseConflicts(manager, invitation, party, user);

      const membership = await manager.save(
        manager.create(MembershipEntity, {
          partyId: party.id,
          caseId: party.caseId,
          userId: user.id,
          role: invitation.role,
          consentedToElectronicServiceAt: new Date(),
        }),
      );
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedById: user.id },
      );
      await this.audit.append(manager, {
        caseId: party.caseId,
        actorId: user.id,
        action: 'MEMBER_JOINED',
        subjectType: 'Membership',
        subjectId: membership.id,
        after: {
          invitationId: invitation.id,
          partyId: party.id,
          userId: user.id,
          name: user.name,
          role: membership.role,
          // DOMAIN.md: joining records consent to electronic service, with its time (FRCP 5(b)(2)(E)).
          consentedToElectronicServiceAt: membership.consentedToElectronicServiceAt.toISOString(),
        },
      });
      await this.outbox.add(manager, PartyJoinedJob, { membershipId: membership.id });
      return toMembershipModel(membership, user.name);
    });
  }

  private async refuseConflicts(
    manager: EntityManager,
    invitation: InvitationEntity,
    party: PartyEntity,
    user: UserEntity,
  ): Promise<void> {
    if (
      !invitation.invitedByPartyMember &&
      (await manager.existsBy(MembershipEntity, { partyId: party.id }))
    ) {
      throw new ConflictError(
        `${party.name} has joined Parley since this invitation was sent; ask its counsel or the party to invite you.`,
      );
    }
    const mine = await manager.find(MembershipEntity, { where: { caseId: party.caseId, userId: user.id } });
    if (mine.some((m) => m.partyId === party.id))
      throw new ConflictError(`You already represent ${party.name}.`);
    if (mine.length > 0) {
      const others = await manager.findBy(PartyEntity, { id: In(mine.map((m) => m.partyId)) });
      if (others.some((p) => p.side !== party.side)) {
        throw new ConflictError(
          'You represent a party on another side of this case; nobody may represent opposing sides.',
        );
      }
    }
  }
}
