import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople, PartyFacts } from '@parley/cases';
import { ConferralPolicyService, DisputeRecords, DisputeStatus } from '@parley/conferral';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { mailedDays } from '@parley/documents';
import { Actor, BadInputError, Clock, Grant, GraphQLContext, pageOf } from '@parley/platform';
import DataLoader from 'dataloader';
import { escalationGate } from '@parley/rules';
import { DataSource, EntityManager, In } from 'typeorm';
import { PaperFilingKind, PaperFilingStatus } from '../court-review-enums';
import { PaperFilingRecorded } from '../court-review-events';
import { DAYS_AFTER_CUTOFF } from '../escalations/escalations.service';
import { FilingVerdict, PaperFilingEntity } from './paper-filing.entity';
import { PaperFilingsArgs, RecordPaperFilingInput } from './paper-filing.inputs';
import { PaperFilingModel, PaperFilingRow, toPaperFilingModel } from './paper-filing.model';
import { filedOn, NOT_CONFERRED } from './filing-days';
import { discoveryFiledOrder, motionOrder } from './proposed-order';

/**
 * The court's intake of papers mailed to it (DOMAIN.md, "Paper that reaches the court"): the clerk
 * records the paper with its scan, and Parley judges it on the case's record, as the gate would for
 * the filer as movant, and proposes the order.
 */
@Injectable()
export class PaperFilingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly disputes: DisputeRecords,
    private readonly policies: ConferralPolicyService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: case.record-paper-filing, held by the staff of the case's court. */
  record(grant: Grant, input: RecordPaperFilingInput): Promise<PaperFilingModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const theCase = await this.directory.getCase(input.caseId, manager);
      const court = await this.courts.getForComputation(theCase.courtId, manager);
      const parties = await this.directory.parties(theCase.id, manager);
      const filer = parties.find((p) => p.id === input.fromPartyId.toLowerCase());
      if (!filer)
        throw new BadInputError('fromPartyId must be a party of this case: the one that mailed the paper.');
      const today = this.calculator.courtDay(court, now);
      const days = mailedDays(filer, input.mailedOn, input.receivedOn, today);
      const scan = await this.scanOf(manager, input.documentId, theCase.id, filer.id, court.id);
      if (input.certificationPage && scan.pages !== null && input.certificationPage > scan.pages) {
        throw new BadInputError(
          `certificationPage (${input.certificationPage}) is past the scan's last page (${scan.pages}).`,
        );
      }
      const verdict = await this.judge(manager, {
        caseId: theCase.id,
        cutoff: theCase.discoveryCutoffOn,
        court,
        filer,
        filedOn: filedOn(filer, days),
        certificationPage: input.certificationPage ?? null,
      });
      const others = parties.filter((p) => p.side !== filer.side);
      const facts = {
        filer,
        lettersQualify: (await this.policies.effective(theCase.id, manager)).lettersQualify,
        receivedOn: days.receivedOn,
        mailedOn: days.mailedOn,
        serveOn: await Promise.all(others.map((p) => this.people.servedAt(manager, p.id))),
        verdict,
      };
      const filing = await manager.save(
        manager.create(PaperFilingEntity, {
          caseId: theCase.id,
          courtId: court.id,
          fromPartyId: filer.id,
          kind: input.kind,
          // A motion waits for the other side to link it to the requests it concerns (FRCP 37(a)(3)(B)).
          status:
            input.kind === PaperFilingKind.DISCOVERY_FILED_WITH_COURT
              ? PaperFilingStatus.READY_FOR_ORDER
              : PaperFilingStatus.AWAITING_RESPONSE,
          receivedOn: days.receivedOn,
          mailedOn: days.mailedOn,
          scanDocumentId: scan.id,
          certificationPage: input.certificationPage ?? null,
          // The other side answers a motion within the court's position days, as a joint letter's part.
          responseDueOn:
            input.kind === PaperFilingKind.DISCOVERY_FILED_WITH_COURT
              ? null
              : this.calculator.track(court, {
                  triggeredOn: today,
                  days: court.positionResponseDays,
                  filing: false,
                }).dueOn,
          recordedById: grant.actor.userId,
          recordedAt: now,
          verdict,
          proposedOrder:
            input.kind === PaperFilingKind.DISCOVERY_FILED_WITH_COURT
              ? discoveryFiledOrder(facts)
              : motionOrder({ ...facts, kind: input.kind }),
          orderText: null,
          outcome: null,
          orderedById: null,
          orderedAt: null,
        }),
      );
      // Filed: the parties of the case see the paper (FRCP 5(a)(1)); the court has it already.
      await manager.query(`UPDATE documents SET shared_at = $2 WHERE id = $1`, [scan.id, now]);
      await this.events.publish(manager, PaperFilingRecorded, {
        caseId: theCase.id,
        actorId: grant.actor.userId,
        subjectId: filing.id,
        data: {
          paperFilingId: filing.id,
          kind: filing.kind,
          fromPartyId: filer.id,
          receivedOn: filing.receivedOn,
          mailedOn: filing.mailedOn,
          certificationPage: filing.certificationPage,
          responseDueOn: filing.responseDueOn,
          verdict,
          scan: { documentId: scan.id, sha256: scan.sha256 },
        },
        notify: { parties: others.map((p) => p.id) },
      });
      return toPaperFilingModel(await this.row(manager, filing.id));
    });
  }

  /** grant: paper-filing.read. */
  async get(grant: Grant): Promise<PaperFilingModel> {
    return toPaperFilingModel(await this.row(this.dataSource.manager, grant.subject.id));
  }

  /** The intake queue of the reader's court, oldest first: what its staff have recorded. */
  async queue(actor: Actor, args: PaperFilingsArgs): Promise<PaperFilingModel[]> {
    if (!actor.courtId) return [];
    const query = this.dataSource
      .getRepository(PaperFilingEntity)
      .createQueryBuilder('pf')
      .where('pf.court_id = :courtId', { courtId: actor.courtId });
    if (args.status) query.andWhere('pf.status = :status', { status: args.status });
    // A motion that became an escalation is on the docket, not waiting for an order here.
    if (args.status === PaperFilingStatus.READY_FOR_ORDER) query.andWhere('pf.escalation_id IS NULL');
    const page = await pageOf(query, args, 'pf', ['recorded_at'], 'ASC');
    const rows = await this.rows(
      this.dataSource.manager,
      page.map((f) => f.id),
    );
    return page.map((f) => toPaperFilingModel(rows.get(f.id) as PaperFilingRow));
  }

  /**
   * Each case's filings, oldest first (at most 100 a case), for its parties (the caller has read the
   * cases): one request's cases in two statements, however many they are.
   */
  ofCases(context: GraphQLContext, caseId: string): Promise<PaperFilingModel[]> {
    return context.loaders
      .get(
        this.ofCases,
        () =>
          new DataLoader<string, PaperFilingModel[]>(async (caseIds) => {
            const manager = this.dataSource.manager;
            const ids: Array<{ id: string; case_id: string }> = await manager.query(
              `SELECT id, case_id FROM (
                 SELECT id, case_id, row_number() OVER (PARTITION BY case_id ORDER BY recorded_at, id) AS n
                   FROM paper_filings WHERE case_id = ANY($1::uuid[])) f
                WHERE n <= 100 ORDER BY n`,
              [caseIds],
            );
            const rows = await this.rows(
              manager,
              ids.map((r) => r.id),
            );
            return caseIds.map((caseId) =>
              ids
                .filter((r) => r.case_id === caseId)
                .map((r) => toPaperFilingModel(rows.get(r.id) as PaperFilingRow)),
            );
          }),
      )
      .load(caseId);
  }

  /**
   * The gate for the filer as movant, on the case's record as it stands (FRCP 37(a)(1); Civil L.R.
   * 37-1, 37-3): requests of its own served on another party, a dispute of its own with qualifying
   * conferral, the paper's own certification, and the last day for a discovery motion, counted to the
   * day it was mailed (a prisoner's paper is filed when handed to prison staff, Houston v. Lack).
   */
  private async judge(
    manager: EntityManager,
    facts: {
      caseId: string;
      cutoff: string | null;
      court: Awaited<ReturnType<CourtsService['getForComputation']>>;
      filer: PartyFacts;
      filedOn: string;
      certificationPage: number | null;
    },
  ): Promise<FilingVerdict> {
    const [{ served }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM discovery_sets s
                       WHERE s.case_id = $1 AND s.serving_party_id = $2
                         AND s.status NOT IN ('DRAFT', 'WITHDRAWN')) AS served`,
      [facts.caseId, facts.filer.id],
    );
    const decision = escalationGate({
      itemsServedBetweenParties: served,
      conferralQualifies: await this.conferralQualifies(manager, facts.caseId, facts.filer.id),
      conferralExplanation: NOT_CONFERRED,
      certification: facts.certificationPage ? 'PRESENT' : 'MISSING',
      certificationExplanation:
        'The paper does not certify that the parties met and conferred, or tried to, before asking the court (FRCP 37(a)(1); Civil L.R. 37-1(a)).',
      today: facts.filedOn,
      lastDayToMove: facts.cutoff
        ? this.calculator.compute(facts.court, {
            triggeredOn: facts.cutoff,
            days: DAYS_AFTER_CUTOFF,
            filing: true,
          }).dueOn
        : null,
      disputeOpen: true,
    });
    return decision.open
      ? {
          open: true,
          missing: [],
          explanation:
            'The case’s record has every element the court requires before it hears a discovery dispute.',
        }
      : { open: false, missing: decision.elements, explanation: decision.message };
  }

  /** The filer's own conferral: any dispute of its own, still conferring, whose record qualifies. */
  private async conferralQualifies(
    manager: EntityManager,
    caseId: string,
    filerId: string,
  ): Promise<boolean> {
    const ids: Array<{ id: string }> = await manager.query(
      `SELECT id FROM disputes WHERE case_id = $1 AND requesting_party_id = $2 AND status = $3 ORDER BY opened_at`,
      [caseId, filerId, DisputeStatus.CONFERRING],
    );
    for (const { id } of ids) {
      const dispute = await this.disputes.get(manager, id);
      if ((await this.disputes.standing(manager, dispute, filerId)).conferral.qualifies) return true;
    }
    return false;
  }

  /**
   * The scan the court uploaded for this filer in this case and has not yet recorded; anything else is
   * refused in the same words, as if it did not exist.
   */
  private async scanOf(
    manager: EntityManager,
    documentId: string,
    caseId: string,
    filerId: string,
    courtId: string,
  ) {
    const [scan]: Array<{ id: string; sha256: string; pages: number | null }> = await manager.query(
      `SELECT d.id, d.sha256, d.pages FROM documents d
        WHERE d.id = $1 AND d.case_id = $2 AND d.party_id = $3 AND d.shared_at IS NULL
          AND EXISTS (SELECT 1 FROM users u WHERE u.id = d.uploaded_by_id AND u.court_id = $4)
        FOR UPDATE OF d`,
      [documentId, caseId, filerId, courtId],
    );
    if (!scan) {
      throw new BadInputError(
        'documentId must be a scan your court uploaded for this case and this filer (POST /documents with partyId), not yet recorded.',
      );
    }
    return scan;
  }

  /** A filing as its reader sees it, in the caller's transaction. */
  async read(manager: EntityManager, id: string): Promise<PaperFilingModel> {
    return toPaperFilingModel(await this.row(manager, id));
  }

  private async row(manager: EntityManager, id: string): Promise<PaperFilingRow> {
    return (await this.rows(manager, [id])).get(id) as PaperFilingRow;
  }

  private async rows(manager: EntityManager, ids: string[]): Promise<Map<string, PaperFilingRow>> {
    if (!ids.length) return new Map();
    const filings = await manager.find(PaperFilingEntity, { where: { id: In(ids) } });
    const names: Array<{
      id: string;
      caption: string;
      docket_number: string;
      party: string;
      respondent: string | null;
      recorder: string;
    }> = await manager.query(
      `SELECT pf.id, c.title AS caption, c.docket_number, p.name AS party, r.name AS respondent,
              u.name AS recorder
         FROM paper_filings pf JOIN cases c ON c.id = pf.case_id JOIN parties p ON p.id = pf.from_party_id
         LEFT JOIN parties r ON r.id = pf.respondent_party_id
         JOIN users u ON u.id = pf.recorded_by_id
          WHERE pf.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(names.map((n) => [n.id, n]));
    return new Map(
      filings.map((f) => {
        const n = byId.get(f.id);
        return [
          f.id,
          Object.assign(f, {
            caption: n?.caption ?? '',
            docketNumber: n?.docket_number ?? '',
            fromPartyName: n?.party ?? '',
            respondentPartyName: n?.respondent ?? null,
            recordedByName: n?.recorder ?? '',
          }),
        ];
      }),
    );
  }
}
