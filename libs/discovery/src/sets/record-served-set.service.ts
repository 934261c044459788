import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { DeadlineCalculator, ServiceMethod } from '@parley/deadlines';
import { handSignature, mailedDays, mailingStep, ScanAttachments } from '@parley/documents';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { SetRecorded } from '../discovery-events';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';
import { DiscoverySetModel, toDiscoverySetModel } from './discovery-set.model';
import { RecordServedSetInput } from './record-served-set.input';
import { ServeDiscoverySetService } from './serve-discovery-set.service';

/**
 * A set a party not on Parley served by mail, entered by the party it was served on: the same rules of
 * timing and the same response date as a set served through Parley, counted from the day it was mailed
 * (FRCP 5(b)(2)(C), 6(d); Houston v. Lack for a prisoner), with the scan as its paper.
 */
@Injectable()
export class RecordServedSetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly serving: ServeDiscoverySetService,
    private readonly scans: ScanAttachments,
    private readonly calculator: DeadlineCalculator,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly directory: CaseDirectory,
  ) {}

  /** grant: party.act on the responding party (a paralegal opens the mail too). */
  record(grant: Grant<'party'>, input: RecordServedSetInput): Promise<DiscoverySetModel> {
    if (grant.caseId !== input.caseId)
      throw new BadInputError('respondingPartyId is not a party of this case.');
    // FRCP 5(b)(2)(E): electronic service is made through Parley, by the serving party itself.
    if (input.method === ServiceMethod.ELECTRONIC) {
      throw new BadInputError(
        'A paper that came by mail was served by MAIL (or by hand, or left with the clerk); electronic service is made through Parley by the party serving it.',
      );
    }
    const now = this.clock.now();
    const servingPartyId = input.servingPartyId.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      // Before anything is written: an id of no party of this case never reaches the set's row.
      const named = await this.directory.party(servingPartyId, manager);
      if (!named || named.caseId !== input.caseId || named.id === grant.party.id) {
        throw new BadInputError(
          'servingPartyId must be another party of this case: the one that mailed the set.',
        );
      }
      const set = manager.create(DiscoverySetEntity, {
        caseId: input.caseId,
        servingPartyId,
        respondingPartyId: grant.party.id,
        kind: input.kind,
        title: input.title,
        status: SetStatus.DRAFT,
        createdById: grant.actor.userId,
        createdAt: now,
      });
      // Saved first so the facts are read as for any set; a refusal below rolls all of it back.
      await manager.save(set);
      await manager.insert(
        DiscoveryItemEntity,
        input.items.map((item, i) => ({
          setId: set.id,
          number: i + 1,
          text: item.text,
          subparts: item.subparts ?? 0,
        })),
      );
      const { facts, earlyDiscoveryAllowed } = await this.serving.read(manager, set);
      const sender = facts.parties.find((p) => p.id === servingPartyId) as (typeof facts.parties)[number];
      if (facts.members.some((m) => m.partyId === sender.id)) {
        throw new ConflictError(
          `${sender.name} is on Parley and serves its own papers there; only a paper from a party not on Parley is entered from the mail.`,
        );
      }
      const days = mailedDays(
        sender,
        this.calculator.courtDay(facts.court, input.servedAt),
        input.receivedOn,
        this.calculator.courtDay(facts.court, now),
      );
      const timing = this.serving.checkTiming(set, facts, input.servedAt, earlyDiscoveryAllowed);
      const due = this.serving.dueDate(set, facts.court, timing, input.method, [mailingStep(sender, days)]);
      const scan = await this.scans.attach(manager, {
        documentId: input.documentId,
        caseId: input.caseId,
        actor: grant.actor,
        at: now,
      });
      const cutoff = facts.theCase.discoveryCutoffOn;
      Object.assign(set, {
        status: SetStatus.SERVED,
        // Early Rule 34 requests are served at the Rule 26(f) conference (FRCP 26(d)(2)(B)).
        servedAt: timing.early
          ? DateTime.fromISO(timing.servedOn, { zone: facts.court.timeZone }).startOf('day').toJSDate()
          : input.servedAt,
        servedOn: timing.servedOn,
        deliveredAt: timing.early ? input.servedAt : null,
        serviceMethod: input.method,
        servedById: null,
        signature: handSignature(input.signature, sender),
        // The paper is the scan: its bytes are what was served.
        paperSha256: scan.sha256,
        responseDueOn: due.dueOn,
        // Civil L.R. 37-3, as for a set served through Parley.
        dueAfterCutoff: cutoff !== null && due.dueOn > cutoff,
        recordedById: grant.actor.userId,
        receivedOn: days.receivedOn,
        scanDocumentId: scan.id,
      });
      await manager.save(set);
      await this.serving.openResponseDeadline(manager, grant.actor.userId, set, due, facts.court);
      await this.events.publish(manager, SetRecorded, {
        caseId: set.caseId,
        actorId: grant.actor.userId,
        subjectId: set.id,
        data: {
          title: set.title,
          kind: set.kind,
          servingPartyId: set.servingPartyId,
          respondingPartyId: set.respondingPartyId,
          items: input.items.length,
          servedOn: timing.servedOn,
          receivedOn: days.receivedOn,
          serviceMethod: input.method,
          responseDueOn: due.dueOn,
          dueAfterCutoff: set.dueAfterCutoff,
          scan: { documentId: scan.id, sha256: scan.sha256 },
        },
        notify: { parties: facts.parties.filter((p) => p.id !== set.servingPartyId).map((p) => p.id) },
      });
      return toDiscoverySetModel(set);
    });
  }
}
