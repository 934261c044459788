import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import {
  CaseDirectory,
  CaseFacts,
  CasePapers,
  MemberFacts,
  PaperPeople,
  PartyFacts,
  PartySide,
} from '@parley/cases';
import { CourtModel, CourtsService } from '@parley/courts';
import {
  DeadlineCalculator,
  DeadlineKind,
  DeadlineModel,
  DeadlinesService,
  ServiceMethod,
  TrackedComputation,
  toDeadlineModel,
} from '@parley/deadlines';
import {
  BadInputError,
  Clock,
  ConflictError,
  Grant,
  jsonRead,
  lockForTransaction,
  NotFoundError,
  queryRows,
  readTogether,
  RuleViolationError,
} from '@parley/platform';
import {
  checkInterrogatoryLimit,
  DeadlineStep,
  decideDiscoveryTiming,
  interrogatoryCount,
  spokenDate,
  spokenDateOr,
  TimingDecision,
} from '@parley/rules';
import { MailingPaperKind, MailingsService, recipientsByMail } from '@parley/mailings';
import { CaptionParty, hashPaper } from '@parley/papers';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { DiscoveryKind, KIND_TITLE, RESPONSE_DAYS, RESPONSE_RULE, SetStatus } from '../discovery-enums';
import { SetServed } from '../discovery-events';
import { DiscoveryOrdersService } from '../orders/discovery-orders.service';
import { SetPaperRecord } from '../papers/paper-records';
import { paperTitle } from '../papers/paper-words';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';
import { DiscoverySetModel, toDiscoverySetModel } from './discovery-set.model';
import { InterrogatoryAllowanceInput, InterrogatoryAllowanceModel } from './interrogatory-allowance';
import { serviceInstant } from './service-instant';
import { ServeDiscoverySetInput } from './serve-discovery-set.input';

/** What serving needs of a set's items. */
type Item = Pick<DiscoveryItemEntity, 'number' | 'text' | 'subparts'>;

const COUNTED_STATUSES = [SetStatus.SERVED, SetStatus.RESPONDED, SetStatus.OVERDUE];

interface Facts {
  theCase: CaseFacts;
  court: CourtModel;
  parties: PartyFacts[];
  members: MemberFacts[];
  papers: CasePapers;
}

const captionParty = (facts: Facts, partyId: string): CaptionParty => {
  const party = facts.parties.find((p) => p.id === partyId);
  return { name: party?.name ?? '', side: party?.side ?? PartySide.THIRD_PARTY };
};

/**
 * Serving a set: the rules that can refuse it (FRCP 26(d), 5(b)(2)(E), 33(a)(1), 26(g)), the due date
 * (FRCP 6 through the rules library), the paper's hash and certificate of service, and the deadline,
 * audit event and notices, all in one transaction.
 */
@Injectable()
export class ServeDiscoverySetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly orders: DiscoveryOrdersService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly mailings: MailingsService,
  ) {}

  /** grant: set.serve, held by counsel or the pro se litigant of the serving party (FRCP 26(g)(1)). */
  serve(
    grant: Grant<'serving' | 'responding'>,
    input: ServeDiscoverySetInput,
  ): Promise<{ set: DiscoverySetModel; deadline: DeadlineModel }> {
    const now = this.clock.now();
    const servedAt = serviceInstant(input.method, input.servedAt, now);
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.findOneOrFail(DiscoverySetEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (set.status !== SetStatus.DRAFT) {
        throw new ConflictError(
          `This set was already served on ${spokenDateOr(set.servedOn, 'an earlier day')}; a served paper cannot be served again.`,
        );
      }
      // A paper cannot have been served before it was written: a backdated service would make a
      // set overdue, and its admissions deemed admitted, the moment it is recorded.
      if (servedAt.getTime() < set.createdAt.getTime()) {
        throw new BadInputError(
          `servedAt cannot come before the set was drafted (${set.createdAt.toISOString()}); give the time it was actually served.`,
        );
      }
      const { facts, items, earlyDiscoveryAllowed } = await this.read(manager, set);

      const timing = this.checkTiming(set, facts, servedAt, earlyDiscoveryAllowed);
      if (set.kind === DiscoveryKind.INTERROGATORIES) await this.checkInterrogatoryLimit(manager, set, items);

      const due = this.dueDate(set, facts.court, timing, input.method);
      this.checkStillRunning(due.dueOn, timing.servedOn, facts.court, now);
      const effectiveServedAt = timing.early
        ? DateTime.fromISO(timing.servedOn, { zone: facts.court.timeZone }).startOf('day').toJSDate()
        : servedAt;
      const deliveredOn = timing.early ? this.calculator.courtDay(facts.court, servedAt) : null;
      const cutoff = facts.theCase.discoveryCutoffOn;
      // Civil L.R. 37-3: served, but not enforceable without a court order; flagged, not refused.
      const dueAfterCutoff = cutoff !== null && due.dueOn > cutoff;
      const paper: SetPaperRecord = {
        version: 2,
        caption: facts.papers.caption(facts.theCase, facts.court),
        kind: set.kind,
        title: set.title,
        servingParty: captionParty(facts, set.servingPartyId),
        respondingParty: captionParty(facts, set.respondingPartyId),
        items: items.map((i) => ({ number: i.number, text: i.text, subparts: i.subparts })),
        signer: facts.papers.signer({
          userId: grant.actor.userId,
          partyId: set.servingPartyId,
          signature: input.signature,
        }),
        signedOn: deliveredOn ?? timing.servedOn,
        servedAt: effectiveServedAt.toISOString(),
        responseDueOn: due.dueOn,
        ...(dueAfterCutoff && cutoff ? { discoveryCutoffOn: cutoff } : {}),
        service: {
          servedOn: timing.servedOn,
          deliveredOn,
          // FRCP 5(a)(1)(C): every other party; the addressee by the chosen method, the rest
          // electronically when someone represents them on Parley (consent recorded on joining).
          entries: facts.papers.serviceEntries(set.servingPartyId, (party, onParley) =>
            party.id === set.respondingPartyId ? input.method : onParley ? 'ELECTRONIC' : 'MAIL',
          ),
        },
      };

      const served = {
        status: SetStatus.SERVED,
        servedAt: effectiveServedAt,
        servedOn: timing.servedOn,
        deliveredAt: timing.early ? servedAt : null,
        serviceMethod: input.method,
        servedById: grant.actor.userId,
        signature: input.signature,
        paper,
        paperSha256: hashPaper(paper),
        responseDueOn: due.dueOn,
        dueAfterCutoff,
      };
      Object.assign(set, served);
      await markServed(manager, set.id, served);
      const deadline = await this.openResponseDeadline(manager, grant.actor.userId, set, due, facts.court);
      await this.mailings.prepare(manager, {
        caseId: set.caseId,
        fromPartyId: set.servingPartyId,
        preparedById: grant.actor.userId,
        kind: MailingPaperKind.DISCOVERY_SET,
        paperId: set.id,
        title: paperTitle(paper.servingParty, set.title),
        setKind: set.kind,
        dueOn: due.dueOn,
        servedOn: timing.servedOn,
        caption: paper.caption,
        from: paper.signer,
        lettersQualify: null,
        timeZone: facts.court.timeZone,
        recipients: recipientsByMail(facts.parties, (id) => facts.members.some((m) => m.partyId === id), {
          senderId: set.servingPartyId,
          addresseeId: set.respondingPartyId,
          method: input.method,
        }),
      });
      await this.events.publish(manager, SetServed, {
        caseId: set.caseId,
        actorId: grant.actor.userId,
        subjectId: set.id,
        before: { status: SetStatus.DRAFT },
        data: {
          title: set.title,
          servingPartyId: set.servingPartyId,
          respondingPartyId: set.respondingPartyId,
          status: set.status,
          servedAt: effectiveServedAt.toISOString(),
          servedOn: timing.servedOn,
          deliveredAt: set.deliveredAt?.toISOString() ?? null,
          serviceMethod: input.method,
          signature: input.signature,
          paperSha256: set.paperSha256 as string,
          responseDueOn: due.dueOn,
          dueAfterCutoff: set.dueAfterCutoff,
          discoveryCutoffOn: facts.theCase.discoveryCutoffOn,
          certificateOfService: paper.service.entries,
        },
        notify: { parties: facts.parties.filter((p) => p.id !== set.servingPartyId).map((p) => p.id) },
      });
      return { set: toDiscoverySetModel(set), deadline: toDeadlineModel(deadline) };
    });
  }

  /**
   * What serving reads besides the draft: the case, its parties and members (for the rules, the
   * caption, the signer and the certificate of service), the items and the case's orders, in one
   * statement; then the court under its calendar's lock. Recording a mailed set reads the same.
   */
  async read(manager: EntityManager, set: DiscoverySetEntity) {
    const [theCase, people, items, earlyDiscoveryAllowed] = await readTogether(manager, [
      this.directory.caseRead(set.caseId),
      this.people.ofCaseRead(set.caseId),
      jsonRead<Item[]>(
        `SELECT COALESCE(json_agg(json_build_object('number', i.number, 'text', i.text, 'subparts', i.subparts)
                  ORDER BY i.number), '[]')
           FROM discovery_items i WHERE i.set_id = $1`,
        [set.id],
      ),
      this.orders.earlyDiscoveryAllowedRead(set.caseId),
    ]);
    if (!theCase) throw new NotFoundError('The case');
    // The response date computed from it is stored: the calendar holds still until this commits.
    const court = await this.courts.getForComputation(theCase.courtId, manager);
    const papers = new CasePapers(people);
    const facts: Facts = { theCase, court, parties: papers.parties, members: papers.members, papers };
    return { facts, items, earlyDiscoveryAllowed };
  }

  /** The responding party's deadline to respond, for a set served or entered from the mail. */
  openResponseDeadline(
    manager: EntityManager,
    actorId: string,
    set: DiscoverySetEntity,
    due: TrackedComputation,
    court: CourtModel,
  ) {
    return this.deadlines.open(
      manager,
      actorId,
      {
        caseId: set.caseId,
        partyId: set.respondingPartyId,
        kind: DeadlineKind.RESPONSE_DUE,
        subjectType: 'DiscoverySet',
        subjectId: set.id,
        description: `Responses to “${set.title}”`,
        ...due,
      },
      court,
    );
  }

  /** FRCP 26(d): not before the Rule 26(f) conference, with its exceptions; mailed sets too. */
  checkTiming(
    set: DiscoverySetEntity,
    facts: Facts,
    servedAt: Date,
    earlyDiscoveryAllowed: boolean,
  ): Extract<TimingDecision, { allowed: true }> {
    const decision = decideDiscoveryTiming({
      kind: set.kind,
      servedOn: this.calculator.courtDay(facts.court, servedAt),
      conferenceOn: facts.theCase.rule26fConferenceOn,
      // FRCP 26(a)(1)(B)(iv): an action brought without an attorney by a person in custody.
      exemptFromDisclosures: facts.parties.some(
        (p) => p.side === PartySide.PLAINTIFF && p.proSe && p.incarcerated,
      ),
      earlyDiscoveryAllowed,
    });
    if (!decision.allowed) throw new RuleViolationError(decision.rule, decision.message);
    return decision;
  }

  /** FRCP 33(a)(1): counted across every set this party served on that one, under a lock on the pair. */
  private async checkInterrogatoryLimit(
    manager: EntityManager,
    set: DiscoverySetEntity,
    items: readonly Item[],
  ): Promise<void> {
    await lockForTransaction(manager, `interrogatories:${set.servingPartyId}:${set.respondingPartyId}`);
    const check = checkInterrogatoryLimit({
      alreadyServed: await interrogatoriesServed(manager, set.servingPartyId, set.respondingPartyId),
      adding: interrogatoryCount(items),
      limit: await this.orders.interrogatoryLimit(manager, set.caseId),
    });
    if (!check.allowed) throw new RuleViolationError(check.rule, check.message);
  }

  /** grant: party.act on the serving party. FRCP 33(a)(1), counted as serving would count it, before anything is saved. */
  async interrogatoryAllowance(
    grant: Grant<'party'>,
    input: InterrogatoryAllowanceInput,
  ): Promise<InterrogatoryAllowanceModel> {
    const serving = grant.party.id;
    const manager = this.dataSource.manager;
    const responding = await this.directory.party(input.respondingPartyId, manager);
    const servingParty = await this.directory.party(serving, manager);
    if (
      !responding ||
      !servingParty ||
      responding.caseId !== servingParty.caseId ||
      responding.id === serving
    ) {
      throw new BadInputError('respondingPartyId must be another party of the same case.');
    }
    const alreadyServed = await interrogatoriesServed(manager, serving, responding.id);
    const thisSet = interrogatoryCount(input.subparts.map((subparts) => ({ subparts })));
    const check = checkInterrogatoryLimit({
      alreadyServed,
      adding: thisSet,
      limit: await this.orders.interrogatoryLimit(manager, servingParty.caseId),
    });
    return {
      thisSet,
      alreadyServed,
      limit: check.limit,
      remaining: check.limit - check.total,
      allowed: check.allowed,
      rule: 'FRCP 33(a)(1)',
      explanation: check.allowed
        ? `This set counts for ${thisSet}, discrete subparts included; with the ${alreadyServed} already served on ${responding.name}, that makes ${check.total} of ${check.limit} (FRCP 33(a)(1)).`
        : check.message,
    };
  }

  /**
   * A service recorded late must not put the other side in default the moment it is recorded (their
   * admissions deemed admitted, FRCP 36(a)(3)); once the time to respond has run, only the court or
   * the other side's agreement can say what is owed.
   */
  private checkStillRunning(dueOn: string, servedOn: string, court: CourtModel, now: Date): void {
    const today = DateTime.fromJSDate(now, { zone: court.timeZone }).toISODate() as string;
    if (dueOn < today) {
      throw new BadInputError(
        `Responses to service on ${spokenDate(servedOn)} would have been due ${spokenDate(dueOn)}, which has passed: Parley records a service only while the time to respond still runs. Serve it now, or ask the court.`,
      );
    }
  }

  /** The response date, explained step by step; `first` leads the steps (how the service day was found). */
  dueDate(
    set: DiscoverySetEntity,
    court: CourtModel,
    timing: Extract<TimingDecision, { allowed: true }>,
    method: ServiceMethod,
    first: DeadlineStep[] = [],
  ): TrackedComputation {
    const lead: DeadlineStep[] = [
      ...first,
      {
        rule: RESPONSE_RULE[set.kind],
        text: `${KIND_TITLE[set.kind]} are answered within ${RESPONSE_DAYS} days after being served.`,
        date: timing.servedOn,
      },
    ];
    if (timing.early) {
      lead.push({
        rule: 'FRCP 26(d)(2)(B)',
        text: `Delivered before the Rule 26(f) conference; considered served at the conference on ${spokenDate(timing.servedOn)}.`,
        date: timing.servedOn,
      });
    }
    // Early Rule 34 requests are served at the conference itself, not by the means of delivery.
    return this.calculator.track(
      court,
      {
        triggeredOn: timing.servedOn,
        days: RESPONSE_DAYS,
        method: timing.early ? null : method,
        // Responses are served on the other side, not filed (FRCP 5(d)(1)(A)).
        filing: false,
      },
      lead,
    );
  }
}

/**
 * The fields serving changes, in plain SQL: TypeORM's update builder cost more than the statement
 * (the paper, as JSON, escaped and rebuilt), and every serve runs it.
 */
async function markServed(
  manager: EntityManager,
  id: string,
  served: Pick<
    DiscoverySetEntity,
    | 'status'
    | 'servedAt'
    | 'servedOn'
    | 'deliveredAt'
    | 'serviceMethod'
    | 'servedById'
    | 'signature'
    | 'paperSha256'
    | 'responseDueOn'
    | 'dueAfterCutoff'
  > & { paper: SetPaperRecord },
): Promise<void> {
  await queryRows(
    manager,
    `UPDATE ${manager.connection.getMetadata(DiscoverySetEntity).tablePath}
        SET status = $2, served_at = $3, served_on = $4, delivered_at = $5, service_method = $6,
            served_by_id = $7, signature = $8, paper = $9, paper_sha256 = $10, response_due_on = $11,
            due_after_cutoff = $12
      WHERE id = $1`,
    [
      id,
      served.status,
      served.servedAt,
      served.servedOn,
      served.deliveredAt,
      served.serviceMethod,
      served.servedById,
      served.signature,
      JSON.stringify(served.paper),
      served.paperSha256,
      served.responseDueOn,
      served.dueAfterCutoff,
    ],
  );
}

/** FRCP 33(a)(1): the interrogatories one party has served on another, discrete subparts included. */
async function interrogatoriesServed(
  manager: EntityManager,
  servingPartyId: string,
  respondingPartyId: string,
): Promise<number> {
  const earlier = await manager.find(DiscoveryItemEntity, {
    where: {
      set: {
        servingPartyId,
        respondingPartyId,
        kind: DiscoveryKind.INTERROGATORIES,
        status: In(COUNTED_STATUSES),
      },
    },
    select: { subparts: true },
  });
  return interrogatoryCount(earlier);
}
