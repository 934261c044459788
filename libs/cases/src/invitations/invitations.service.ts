import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import {
  Actor,
  AppConfig,
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  Grant,
  hashSecret,
  InjectConfig,
  isUniqueViolation,
  newSecret,
  NotFoundError,
  SystemRole,
  TextLimit,
} from '@parley/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { InvitationSent, MemberJoined } from '../case-events';
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

/** One account represents one party per case: the database holds it, whatever arrives at once. */
const ONE_PARTY_PER_CASE = 'memberships_case_user_key';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: party.invite on the party invited to. */
  invite(grant: Grant<'party'>, input: InviteToPartyInput): Promise<InvitationModel> {
    return this.dataSource.transaction(async (manager) => {
      const party = await manager.findOneByOrFail(PartyEntity, { id: grant.subject.id });
      if (!roleFitsParty(input.role, party)) throw new BadInputError(roleMismatchMessage(party));
      const invitee = await this.users.findByEmail(input.email, manager);
      if (
        invitee &&
        (await manager.existsBy(MembershipEntity, { caseId: party.caseId, userId: invitee.id }))
      ) {
        throw new ConflictError(`${input.email} already represents a party in this case.`);
      }
      // A new invitation to the same person for the same party replaces any earlier one.
      await manager.update(
        InvitationEntity,
        { partyId: party.id, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      const token = newSecret('inv_');
      const byMember = grant.myPartyIds.includes(party.id);
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          partyId: party.id,
          caseId: party.caseId,
          email: input.email,
          role: input.role,
          tokenHash: hashSecret(token),
          invitedById: grant.actor.userId,
          invitedByPartyMember: byMember,
          expiresAt: new Date(this.clock.now().getTime() + this.config.invitationTtlDays * 86_400_000),
        }),
      );
      await this.events.publish(manager, InvitationSent, {
        caseId: party.caseId,
        // The inviting side's own record, whichever party it brings in.
        partyId: byMember ? party.id : grant.myPartyIds[0],
        actorId: grant.actor.userId,
        subjectId: invitation.id,
        data: {
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
    try {
      return await this.dataSource.transaction((manager) => this.join(manager, actor, token));
    } catch (error) {
      if (isUniqueViolation(error, ONE_PARTY_PER_CASE)) {
        throw new ConflictError(
          'You already represent a party in this case; one account represents one party per case.',
        );
      }
      throw error;
    }
  }

  private async join(manager: EntityManager, actor: Actor, token: string): Promise<MembershipModel> {
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
    const now = this.clock.now();
    if (invitation.expiresAt.getTime() <= now.getTime()) {
      throw new BadInputError(
        `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask whoever sent it for a new one.`,
      );
    }
    const user = await this.users.get(actor.userId, manager);
    if (user.email !== invitation.email) {
      throw new ForbiddenError(
        `This invitation was sent to ${maskEmail(invitation.email)}. Sign in with that email address to accept it.`,
      );
    }
    // The party row is locked so two outsiders' invitations to one unrepresented party, accepted at
    // once, take turns: the second sees the first has joined.
    const party = await manager.findOneOrFail(PartyEntity, {
      where: { id: invitation.partyId },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      !invitation.invitedByPartyMember &&
      (await manager.existsBy(MembershipEntity, { partyId: party.id }))
    ) {
      throw new ConflictError(
        `${party.name} has joined Parley since this invitation was sent; ask its counsel or the party to invite you.`,
      );
    }
    const membership = await manager.save(
      manager.create(MembershipEntity, {
        partyId: party.id,
        caseId: party.caseId,
        userId: user.id,
        role: invitation.role,
        consentedToElectronicServiceAt: now,
      }),
    );
    await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: now, acceptedById: user.id });
    await this.events.publish(manager, MemberJoined, {
      caseId: party.caseId,
      actorId: user.id,
      subjectId: membership.id,
      data: {
        invitationId: invitation.id,
        partyId: party.id,
        userId: user.id,
        name: user.name,
        role: membership.role,
        consentedToElectronicServiceAt: membership.consentedToElectronicServiceAt.toISOString(),
      },
      notify: {
        parties: (await manager.findBy(PartyEntity, { caseId: party.caseId })).map((p) => p.id),
        exceptUsers: [user.id],
      },
    });
    return toMembershipModel(membership, user.name);
  }
}
