import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import { Clock, Grant, RuleViolationError } from '@parley/platform';
import { vouchedRecordIds } from '@parley/rules';
import { DataSource } from 'typeorm';
import { ConferralAssessor, CaseConferralSettings } from '../conferrals/conferral-assessor';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { digestRecords, rulingsOf, sideOf, toPolicyRecords } from '../conferrals/conferral-records';
import { GoodFaithCertified } from '../conferral-events';
import { requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
import { CertificationEntity } from './certification.entity';
import { CertificationModel, toCertificationModel } from './certification.model';
import { CertifyGoodFaithInput } from './certify-good-faith.input';

/**
 * Good-faith certifications (FRCP 37(a)(1)): each vouches for the conferral records of the dispute
 * that exist when it is signed, fixed by a hash, and can be signed only while the signer's own
 * conferral qualifies. A later record, or a change to one it relies on, makes it stale.
 */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly assessor: ConferralAssessor,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: dispute.confer; the certification is the side's the grant acts for. */
  certify(
    grant: Grant<'requesting' | 'responding'>,
    input: CertifyGoodFaithInput,
  ): Promise<CertificationModel> {
    const actor = grant.actor;
    const side = grant.party;
    return this.dataSource.transaction(async (manager) => {
      const dispute = await manager.findOneOrFail(DisputeEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      requireConferring(dispute);
      // Sequential: one transaction, one connection.
      const requests = await manager.findBy(ConferralRequestEntity, { disputeId: dispute.id });
      const events = await manager.findBy(ConferralEventEntity, { disputeId: dispute.id });
      const settings = await this.assessor.settings(dispute.caseId, manager);
      const now = this.clock.now();
      // FRCP 37(a)(1): a certification that the signer conferred or attempted to cannot come first.
      const assessment = this.assessor.assess(
        dispute,
        requests,
        events,
        settings,
        sideOf(dispute, side.id),
        now,
      );
      if (!assessment.qualifies) {
        throw new RuleViolationError(
          'FRCP 37(a)(1)',
          `You can certify only once you have conferred, or attempted to confer, in good faith. ${assessment.explanation}`,
        );
      }
      const recordIds = new Set(
        vouchedRecordIds(
          toPolicyRecords(dispute, requests, events),
          now.toISOString(),
          dispute.conferFrom.toISOString(),
          rulingsOf(dispute),
        ),
      );
      const vouchedRequests = requests.filter((r) => recordIds.has(r.id));
      const vouchedEvents = events.filter((e) => recordIds.has(e.id));
      const signer = await this.users.get(actor.userId, manager);
      const certification = await manager.save(
        manager.create(CertificationEntity, {
          disputeId: dispute.id,
          partyId: side.id,
          statement: input.statement,
          signature: input.signature,
          signedById: actor.userId,
          signedByName: signer.name,
          signedAt: now,
          recordIds: [...vouchedRequests, ...vouchedEvents].map((r) => r.id),
          recordsSha256: digestRecords(vouchedRequests, vouchedEvents),
        }),
      );
      await this.events.publish(manager, GoodFaithCertified, {
        caseId: dispute.caseId,
        actorId: actor.userId,
        subjectId: certification.id,
        data: {
          disputeId: dispute.id,
          partyId: side.id,
          statement: certification.statement,
          signature: certification.signature,
          recordIds: certification.recordIds,
          recordsSha256: certification.recordsSha256,
          basis: assessment.basis,
        },
      });
      return toCertificationModel(certification, false);
    });
  }

  /**
   * Each certification with whether it stands: judged as if it were its side's latest, on the
   * records as they are now (a later one, a change, a return to confer, or signed before its side
   * qualified: stale).
   */
  standings(
    dispute: Pick<DisputeEntity, 'id' | 'caseId' | 'requestingPartyId' | 'conferFrom' | 'returnedToConferAt'>,
    certifications: readonly CertificationEntity[],
    requests: readonly ConferralRequestEntity[],
    events: readonly ConferralEventEntity[],
    settings: CaseConferralSettings,
  ): CertificationModel[] {
    return certifications.map((c) => {
      const standing = this.assessor.certification(
        dispute,
        requests,
        events,
        [c],
        settings,
        sideOf(dispute, c.partyId),
      );
      return toCertificationModel(c, standing.status !== 'PRESENT');
    });
  }
}
