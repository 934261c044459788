import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@parley/accounts';
import { AuditService } from '@parley/audit';
import {
  CaseAccessService,
  CaseCapability,
  CaseEntity,
  MembershipEntity,
  NotifyPartiesJob,
  PartyEntity,
  PartySide,
} from '@parley/cases';
import { CourtModel, CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, ServiceMethod } from '@parley/deadlines';
import { NotificationKind } from '@parley/notifications';
import {
  Actor,
  BadInputError,
  Clock,
  ConflictError,
  lockForTransaction,
  Outbox,
  RuleViolationError,
} from '@parley/platform';
import {
  checkInterrogatoryLimit,
  decideDiscoveryTiming,
  DeadlineStep,
  interrogatoryCount,
  TimingDecision,
} from '@parley/rules';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { DiscoveryKind, KIND_TITLE, RESPONSE_DAYS, RESPONSE_RULE, SetStatus } from '../discovery-enums';
import { DiscoveryOrdersService } from '../orders/discovery-orders.service';
import { captionOf, hashPaper, ServiceRecipient } from '../papers/served-paper';
import { setPaper } from '../papers/set-paper';
import { DiscoveryAccess } from './discovery-access';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';
import { DiscoverySetModel, toDiscoverySetModel } from './discovery-set.model';
import { ServeDiscoverySetInput } from './serve-discovery-set.input';

/** A little slack for clocks that disagree; a service time further in the future is a mistake. */
const FUTURE_SLACK_MS = 5 * 60_000;
const COUNTED_STATUSES = [SetStatus.SERVED, SetStatus.RESPONDED, SetStatus.OVERDUE];

interface CaseFacts {
  theCase: CaseEntity;
  court: CourtModel;
  parties: PartyEntity[];
  members: Array<{ partyId: string; name: string }>;
}

const nameOf = (facts: CaseFacts, partyId: string) => facts.parties.find((p) => p.id === partyId)?.name ?? '';

/**
 * Serving a set: the rules that can refuse it (FRCP 26(d), 5(b)(2)(E), 33(a)(1), 26(g)), the due date
 * (FRCP 6 through the rules library), the paper's hash and certificate of service, and the deadline,
 * audit event and notices, all in one transaction.
 */
@Injectable()
export class ServeDiscoverySetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly discoveryAccess: DiscoveryAccess,
    private readonly orders: DiscoveryOrdersService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  serve(actor: Actor, input: ServeDiscoverySetInput): Promise<DiscoverySetModel> {
    const servedAt = input.servedAt ?? this.clock.now();
    if (servedAt.getTime() > this.clock.now().getTime() + FUTURE_SLACK_MS) {
      throw new BadInputError('servedAt is in the future; record service when it has been made.');
    }
    return this.dataSource.transaction(async (manager) => {
      const set = await this.discoveryAccess.visibleSet(actor, input.setId, manager, { lock: true });
      if (set.status !== SetStatus.DRAFT) {
        throw new ConflictError(
          `This set was already served on ${set.servedOn}; a served paper cannot be served again.`,
        );
      }
      // FRCP 26(g)(1): counsel of record or the party personally signs; a paralegal cannot.
      await this.access.requireForParty(actor, set.servingPartyId, CaseCapability.SIGN_FOR_PARTY, {
        manager,
      });
      const facts = await this.caseFacts(manager, set.caseId);
      const items = await manager.find(DiscoveryItemEntity, {
        where: { setId: set.id },
        order: { number: 'ASC' },
      });

      const timing = await this.checkTiming(manager, set, facts, servedAt);
      this.checkElectronicConsent(input.method, set, facts);
      if (set.kind === DiscoveryKind.INTERROGATORIES) await this.checkInterrogatoryLimit(manager, set, items);

      const due = this.dueDate(set, facts.court, timing, input.method);
      const signer = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const effectiveServedAt = timing.early
        ? DateTime.fromISO(timing.servedOn, { zone: facts.court.timeZone }).startOf('day').toJSDate()
        : servedAt;
      const certificate = this.certificateOfService(set, input.method, facts);
      const paper = setPaper({
        set,
        items,
        caption: captionOf(facts.court, facts.theCase),
        partyNames: new Map(facts.parties.map((p) => [p.id, p.name])),
        service: {
          servedAt: effectiveServedAt,
          servedOn: timing.servedOn,
          method: input.method,
          deliveredAt: timing.early ? servedAt : null,
          signature: input.signature,
          signer: signer.name,
          certificate,
        },
      });

      Object.assign(set, {
        status: SetStatus.SERVED,
        servedAt: effectiveServedAt,
        servedOn: timing.servedOn,
        deliveredAt: timing.early ? servedAt : null,
        serviceMethod: input.method,
        servedById: actor.userId,
        signature: input.signature,
        certificateOfService: certificate,
        paperSha256: hashPaper(paper),
        responseDueOn: due.dueOn,
      });
      await manager.save(set);
      await this.deadlines.open(manager, actor.userId, {
        caseId: set.caseId,
        partyId: set.respondingPartyId,
        kind: DeadlineKind.RESPONSE_DUE,
        subjectType: 'DiscoverySet',
        subjectId: set.id,
        description: `Responses to “${set.title}”`,
        dueOn: due.dueOn,
        steps: due.steps,
      });
      await this.audit.append(manager, {
        caseId: set.caseId,
        actorId: actor.userId,
        action: 'SET_SERVED',
        subjectType: 'DiscoverySet',
        subjectId: set.id,
        before: { status: SetStatus.DRAFT },
        after: {
          status: set.status,
          servedAt: effectiveServedAt.toISOString(),
          servedOn: set.servedOn,
          deliveredAt: set.deliveredAt?.toISOString() ?? null,
          serviceMethod: set.serviceMethod,
          signature: set.signature,
          paperSha256: set.paperSha256,
          responseDueOn: set.responseDueOn,
          certificateOfService: certificate,
        },
      });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: set.caseId,
        partyIds: facts.parties.filter((p) => p.id !== set.servingPartyId).map((p) => p.id),
        kind: NotificationKind.SET_SERVED,
        message: `${nameOf(facts, set.servingPartyId)} served “${set.title}” on ${nameOf(facts, set.respondingPartyId)}; responses are due ${due.dueOn}.`,
      });
      return toDiscoverySetModel(set);
    });
  }

  private async caseFacts(manager: EntityManager, caseId: string): Promise<CaseFacts> {
    const theCase = await manager.findOneByOrFail(CaseEntity, { id: caseId });
    const parties = await manager.find(PartyEntity, { where: { caseId }, order: { position: 'ASC' } });
    const memberships = await manager.find(MembershipEntity, {
      where: { caseId },
      relations: { user: true },
      select: { partyId: true, user: { id: true, name: true } },
    });
    return {
      theCase,
      court: await this.courts.get(theCase.courtId, manager),
      parties,
      members: memberships.map((m) => ({ partyId: m.partyId, name: m.user?.name ?? '' })),
    };
  }

  /** FRCP 26(d): not before the Rule 26(f) conference, with its exceptions. */
  private async checkTiming(
    manager: EntityManager,
    set: DiscoverySetEntity,
    facts: CaseFacts,
    servedAt: Date,
  ): Promise<Extract<TimingDecision, { allowed: true }>> {
    const decision = decideDiscoveryTiming({
      kind: set.kind,
      servedOn: this.calculator.courtDay(facts.court, servedAt),
      conferenceOn: facts.theCase.rule26fConferenceOn,
      // FRCP 26(a)(1)(B)(iv): an action brought without an attorney by a person in custody.
      exemptFromDisclosures: facts.parties.some(
        (p) => p.side === PartySide.PLAINTIFF && p.proSe && p.incarcerated,
      ),
      earlyDiscoveryAllowed: await this.orders.earlyDiscoveryAllowed(manager, set.caseId),
    });
    if (!decision.allowed) throw new RuleViolationError(decision.rule, decision.message);
    return decision;
  }

  /** FRCP 5(b)(2)(E): electronic service needs the recipient's consent, which joining Parley records. */
  private checkElectronicConsent(method: ServiceMethod, set: DiscoverySetEntity, facts: CaseFacts): void {
    if (method !== 'ELECTRONIC') return;
    if (facts.members.some((m) => m.partyId === set.respondingPartyId)) return;
    throw new RuleViolationError(
      'FRCP 5(b)(2)(E)',
      `${nameOf(facts, set.respondingPartyId)} has nobody on Parley who consented to electronic service. Serve by mail (FRCP 5(b)(2)(C)) and print the paper with its certificate of service.`,
    );
  }

  /** FRCP 33(a)(1): counted across every set this party served on that one, under a lock on the pair. */
  private async checkInterrogatoryLimit(
    manager: EntityManager,
    set: DiscoverySetEntity,
    items: DiscoveryItemEntity[],
  ): Promise<void> {
    await lockForTransaction(manager, `interrogatories:${set.servingPartyId}:${set.respondingPartyId}`);
    const earlier = await manager.find(DiscoveryItemEntity, {
      where: {
        set: {
          servingPartyId: set.servingPartyId,
          respondingPartyId: set.respondingPartyId,
          kind: DiscoveryKind.INTERROGATORIES,
          status: In(COUNTED_STATUSES),
        },
      },
      select: { subparts: true },
    });
    const check = checkInterrogatoryLimit({
      alreadyServed: interrogatoryCount(earlier),
      adding: interrogatoryCount(items),
      limit: await this.orders.interrogatoryLimit(manager, set.caseId),
    });
    if (!check.allowed) throw new RuleViolationError(check.rule, check.message);
  }

  private dueDate(
    set: DiscoverySetEntity,
    court: CourtModel,
    timing: Extract<TimingDecision, { allowed: true }>,
    method: ServiceMethod,
  ): { dueOn: string; steps: DeadlineStep[] } {
    // Early Rule 34 requests are served at the conference itself, not by the means of delivery.
    const computed = this.calculator.compute(court, {
      triggeredOn: timing.servedOn,
      days: RESPONSE_DAYS,
      method: timing.early ? null : method,
    });
    const lead: DeadlineStep[] = [
      {
        rule: RESPONSE_RULE[set.kind],
        text: `${KIND_TITLE[set.kind]} are answered within ${RESPONSE_DAYS} days after being served.`,
        date: timing.servedOn,
      },
    ];
    if (timing.early) {
      lead.push({
        rule: 'FRCP 26(d)(2)(B)',
        text: `Delivered before the Rule 26(f) conference; considered served at the conference on ${timing.servedOn}.`,
        date: timing.servedOn,
      });
    }
    return { dueOn: computed.dueOn, steps: [...lead, ...computed.steps] };
  }

  /**
   * Every other party is served (FRCP 5(a)(1)(C)): the responding party by the chosen method; the rest
   * electronically when someone represents them on Parley (consent recorded on joining), else by mail.
   */
  private certificateOfService(
    set: DiscoverySetEntity,
    method: ServiceMethod,
    facts: CaseFacts,
  ): ServiceRecipient[] {
    return facts.parties
      .filter((p) => p.id !== set.servingPartyId)
      .map((party) => {
        const members = facts.members.filter((m) => m.partyId === party.id).map((m) => m.name);
        const partyMethod: ServiceMethod =
          party.id === set.respondingPartyId ? method : members.length ? 'ELECTRONIC' : 'MAIL';
        return {
          partyId: party.id,
          party: party.name,
          method: partyMethod,
          recipients: partyMethod === 'ELECTRONIC' ? members : [],
        };
      });
  }
}
