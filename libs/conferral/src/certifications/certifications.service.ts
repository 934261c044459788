import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import { Clock, Grant } from '@parley/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { digestRecords } from '../conferrals/conferral-records';
import { GoodFaithCertified } from '../conferral-events';
import { requireConferring } from '../disputes/dispute-state';
import { DisputeEntity } from '../disputes/dispute.entity';
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
    private readonly users: UsersService,
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
      const requests = await manager.findBy(ConferralRequestEntity, { disputeId: dispute.id });
      const events = await manager.findBy(ConferralEventEntity, { disputeId: dispute.id });
      const signer = await this.users.get(actor.userId, manager);
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
