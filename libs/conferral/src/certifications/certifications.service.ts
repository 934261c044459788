import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@parley/accounts';
import { AuditService } from '@parley/audit';
import { Actor, Clock } from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { digestRecords } from '../conferrals/conferral-records';
import { DisputeAccess } from '../disputes/dispute-access';
import { CertificationEntity } from './certification.entity';
import { CertificationModel, toCertificationModel } from './certification.model';
import { CertifyGoodFaithInput } from './certify-good-faith.input';

/**
 * Good-faith certifications (FRCP 37(a)(1)): each relies on the conferral records of the dispute as
 * they stood when signed, fixed by a hash, so a later change to them shows as a stale certification.
 */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly disputeAccess: DisputeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  certify(actor: Actor, input: CertifyGoodFaithInput): Promise<CertificationModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputeAccess.visibleDispute(actor, input.disputeId, manager, {
        lock: true,
      });
      const side = await this.disputeAccess.signingSide(actor, dispute, manager);
      this.disputeAccess.requireConferring(dispute);
      const requests = await manager.findBy(ConferralRequestEntity, { disputeId: dispute.id });
      const events = await manager.findBy(ConferralEventEntity, { disputeId: dispute.id });
      const signer = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const certification = await manager.save(
        manager.create(CertificationEntity, {
          disputeId: dispute.id,
          partyId: side.id,
          statement: input.statement,
          signature: input.signature,
          signedById: actor.userId,
          signedByName: signer.name,
          signedAt: this.clock.now(),
          recordIds: [...requests, ...events].map((r) => r.id),
          recordsSha256: digestRecords(requests, events),
        }),
      );
      await this.audit.append(manager, {
        caseId: dispute.caseId,
        actorId: actor.userId,
        action: 'GOOD_FAITH_CERTIFIED',
        subjectType: 'Certification',
        subjectId: certification.id,
        after: {
          disputeId: dispute.id,
          partyId: side.id,
          statement: certification.statement,
          signature: certification.signature,
          recordIds: certification.recordIds,
          recordsSha256: certification.recordsSha256,
        },
      });
      return toCertificationModel(certification, false);
    });
  }

  /** Each certification with whether its records still hash the same. */
  async withStaleness(
    certifications: readonly CertificationEntity[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CertificationModel[]> {
    const ids = [...new Set(certifications.flatMap((c) => c.recordIds))];
    // Sequential: the manager may be a transaction's single connection.
    const requests = ids.length ? await manager.findBy(ConferralRequestEntity, { id: In(ids) }) : [];
    const events = ids.length ? await manager.findBy(ConferralEventEntity, { id: In(ids) }) : [];
    return certifications.map((c) => {
      const relied = new Set(c.recordIds);
      const theirRequests = requests.filter((r) => relied.has(r.id));
      const theirEvents = events.filter((e) => relied.has(e.id));
      const complete = theirRequests.length + theirEvents.length === relied.size;
      return toCertificationModel(
        c,
        !complete || digestRecords(theirRequests, theirEvents) !== c.recordsSha256,
      );
    });
  }
}
