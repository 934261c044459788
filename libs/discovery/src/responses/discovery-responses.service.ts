import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople, PartyFacts, PartySide } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import {
  DeadlineCalculator,
  DeadlineKind,
  DeadlinesService,
  DeadlineStatus,
  ServiceMethod,
} from '@parley/deadlines';
import { handSignature, mailedDays, ScanAttachments } from '@parley/documents';
import { MailingPaperKind, MailingsService, recipientsByMail } from '@parley/mailings';
import { AppError, BadInputError, Clock, ConflictError, ErrorCode, Grant } from '@parley/platform';
import { lateResponseFlags, RuleProblem, responseItemProblems, spokenDate } from '@parley/rules';
import { CaptionParty, hashPaper } from '@parley/papers';
import { DataSource, EntityManager } from 'typeorm';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { ResponseServed, ResponseSupplemented, SetResponded } from '../discovery-events';
import { ResponsePaperRecord } from '../papers/paper-records';
import { responsePaperTitle } from '../papers/response-paper-document';
import { paperTitle } from '../papers/paper-words';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { DiscoveryResponseEntity } from './discovery-response.entity';
import { DiscoveryResponseModel, toResponseModel } from './discovery-response.model';
import { ResponseItemEntity } from './response-item.entity';
import { RecordResponseInput } from './record-response.input';
import { ServeResponseInput } from './serve-response.input';

const ANSWERABLE = [SetStatus.SERVED, SetStatus.OVERDUE, SetStatus.RESPONDED];

type Prepared = Awaited<ReturnType<DiscoveryResponsesService['prepare']>>;

/** How a response was served, as kept. */
type ServedResponse = Partial<Pick<DiscoveryResponseEntity, 'id'>> &
  Pick<
    DiscoveryResponseEntity,
    | 'servedAt'
    | 'servedOn'
    | 'serviceMethod'
    | 'servedById'
    | 'signature'
    | 'paperSha256'
    | 'verification'
    | 'recordedById'
    | 'receivedOn'
    | 'scanDocumentId'
  > & { paper: ResponsePaperRecord | null };

/** Several rules can each refuse a response; they are all named, the first in extensions.rule. */
export class ResponseRulesError extends AppError {
  constructor(problems: RuleProblem[]) {
    super(ErrorCode.RULE_VIOLATION, problems.map((p) => p.message).join(' '), {
      rule: problems[0].rule,
      problems,
    });
  }
}

/**
 * Serving responses: by the responding party's counsel or pro se litigant, checked item by item
 * against FRCP 33, 34 and 36. The first response settles the set; later ones supplement it (FRCP 26(e))
 * and keep the history. Never updated once served.
 */
@Injectable()
export class DiscoveryResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly people: PaperPeople,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly scans: ScanAttachments,
    private readonly mailings: MailingsService,
  ) {}

  /** grant: set.respond, held by counsel or the pro se litigant of the responding party. */
  serve(grant: Grant<'serving' | 'responding'>, input: ServeResponseInput): Promise<DiscoveryResponseModel> {
    const actor = grant.actor;
    return this.dataSource.transaction(async (manager) => {
      const { set, version, answers, theCase, court, parties } = await this.prepare(
        manager,
        grant.subject.id,
        input,
      );
      const servedAt = this.clock.now();
      const servedOn = this.calculator.courtDay(court, servedAt);
      const party = (id: string): CaptionParty => {
        const found = parties.find((p) => p.id === id);
        return { name: found?.name ?? '', side: found?.side ?? PartySide.THIRD_PARTY };
      };
      const verification = input.verification
        ? {
            signedBy: input.verification.signedBy,
            signature: input.verification.signature,
            verifiedOn: servedOn,
          }
        : null;
      const paper: ResponsePaperRecord = {
        version: 2,
        caption: await this.people.caption(manager, theCase, court),
        setKind: set.kind,
        setPaperTitle: paperTitle(party(set.servingPartyId), set.title),
        responseVersion: version,
        respondingParty: party(set.respondingPartyId),
        servingParty: party(set.servingPartyId),
        items: answers.map(({ item, answer }) => ({ number: item.number, request: item.text, ...answer })),
        signer: await this.people.signer(manager, {
          userId: actor.userId,
          partyId: set.respondingPartyId,
          signature: input.signature,
        }),
        signedOn: servedOn,
        servedAt: servedAt.toISOString(),
        verification,
        service: {
          servedOn,
          deliveredOn: null,
          entries: await this.people.serviceEntries(
            manager,
            set.caseId,
            set.respondingPartyId,
            (p, onParley) => (p.id === set.servingPartyId ? input.method : onParley ? 'ELECTRONIC' : 'MAIL'),
          ),
        },
      };
      const response = await this.keep(
        manager,
        actor.userId,
        { set, version, answers, parties },
        {
          servedAt,
          servedOn,
          serviceMethod: input.method,
          servedById: actor.userId,
          signature: input.signature,
          paper,
          paperSha256: hashPaper(paper),
          verification,
          recordedById: null,
          receivedOn: null,
          scanDocumentId: null,
        },
      );
      // FRCP 5(b)(2)(C): every party nobody represents on Parley gets the paper by mail.
      const members = await this.directory.members(set.caseId, manager);
      await this.mailings.prepare(manager, {
        caseId: set.caseId,
        fromPartyId: set.respondingPartyId,
        preparedById: actor.userId,
        kind: MailingPaperKind.DISCOVERY_RESPONSE,
        paperId: response.id,
        title: responsePaperTitle(paper),
        dueOn: null,
        servedOn,
        caption: paper.caption,
        from: paper.signer,
        lettersQualify: null,
        timeZone: court.timeZone,
        recipients: recipientsByMail(parties, (id) => members.some((m) => m.partyId === id), {
          senderId: set.respondingPartyId,
          addresseeId: set.servingPartyId,
          method: input.method,
        }),
      });
      return response;
    });
  }

  /**
   * grant: set.record-response, held by any member of the serving party: answers a party not on Parley
   * mailed, entered from their scan. Served on the day mailed (FRCP 5(b)(2)(C); for a prisoner, handed
   * to prison staff: Houston v. Lack), which is what lateness is judged by.
   */
  record(
    grant: Grant<'serving' | 'responding'>,
    input: RecordResponseInput,
  ): Promise<DiscoveryResponseModel> {
    if (input.method === ServiceMethod.ELECTRONIC) {
      throw new BadInputError(
        'A response that came by mail was served by MAIL (or by hand, or left with the clerk); electronic service is made through Parley by the party serving it.',
      );
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const prepared = await this.prepare(manager, grant.subject.id, input);
      const { set, court, parties } = prepared;
      const sender = parties.find((p) => p.id === set.respondingPartyId) as PartyFacts;
      const members = await this.directory.members(set.caseId, manager);
      if (members.some((m) => m.partyId === sender.id)) {
        throw new ConflictError(
          `${sender.name} is on Parley and serves its own responses there; only a paper from a party not on Parley is entered from the mail.`,
        );
      }
      const days = mailedDays(
        sender,
        this.calculator.courtDay(court, input.servedAt),
        input.receivedOn,
        this.calculator.courtDay(court, now),
      );
      if (set.servedOn && days.mailedOn < set.servedOn) {
        throw new BadInputError(
          `The answers cannot have been mailed (${spokenDate(days.mailedOn)}) before the requests were served (${spokenDate(set.servedOn)}).`,
        );
      }
      const scan = await this.scans.attach(manager, {
        documentId: input.documentId,
        caseId: set.caseId,
        actor: grant.actor,
        at: now,
      });
      return this.keep(manager, grant.actor.userId, prepared, {
        servedAt: input.servedAt,
        servedOn: days.mailedOn,
        serviceMethod: input.method,
        servedById: null,
        signature: handSignature(input.signature, sender),
        paper: null,
        // The paper is the scan: its bytes are what was served.
        paperSha256: scan.sha256,
        verification: input.verification
          ? {
              signedBy: input.verification.signedBy,
              signature: input.verification.signature,
              verifiedOn: days.mailedOn,
            }
          : null,
        recordedById: grant.actor.userId,
        receivedOn: days.receivedOn,
        scanDocumentId: scan.id,
      });
    });
  }

  /** The set under lock, answerable, and the answers checked against its requests and their rules. */
  private async prepare(
    manager: EntityManager,
    setId: string,
    input: Pick<ServeResponseInput, 'items' | 'verification'>,
  ) {
    const set = await manager.findOneOrFail(DiscoverySetEntity, {
      where: { id: setId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!ANSWERABLE.includes(set.status)) {
      throw new ConflictError(
        set.status === SetStatus.WITHDRAWN
          ? 'This set was withdrawn; no response is due.'
          : 'This set has not been served yet.',
      );
    }
    const items = await manager.find(DiscoveryItemEntity, {
      where: { setId: set.id },
      order: { number: 'ASC' },
    });
    const previous = await manager.count(DiscoveryResponseEntity, { where: { setId: set.id } });
    const version = previous + 1;
    const answers = this.checkItems(input, items, set.kind, version);
    if (input.verification && set.kind !== DiscoveryKind.INTERROGATORIES) {
      throw new BadInputError(
        'verification is the party’s oath on interrogatory answers (FRCP 33(b)(3)); responses to requests for production or admission are not verified.',
      );
    }
    const theCase = await this.directory.getCase(set.caseId, manager);
    const court = await this.courts.get(theCase.courtId, manager);
    const parties = await this.directory.parties(set.caseId, manager);
    return { set, version, answers, theCase, court, parties };
  }

  /**
   * The response kept, its answers, the set settled by a first response with its deadline met or
   * missed, and the events: what serving and recording share.
   */
  private async keep(
    manager: EntityManager,
    actorId: string,
    { set, version, answers, parties }: Pick<Prepared, 'set' | 'version' | 'answers' | 'parties'>,
    served: ServedResponse,
  ): Promise<DiscoveryResponseModel> {
    // Supplements are due "in a timely manner" (FRCP 26(e)(1)(A)), not by the original date.
    const late = version === 1 && set.responseDueOn !== null && served.servedOn > set.responseDueOn;
    const response = await manager.save(
      manager.create(DiscoveryResponseEntity, {
        ...served,
        setId: set.id,
        version,
        respondingPartyId: set.respondingPartyId,
        late,
        unverified: set.kind === DiscoveryKind.INTERROGATORIES && served.verification === null,
      }),
    );
    await manager.insert(
      ResponseItemEntity,
      answers.map(({ item, answer }) => ({ ...answer, responseId: response.id, itemId: item.id })),
    );
    if (version === 1) {
      const before = { status: set.status };
      set.status = SetStatus.RESPONDED;
      await manager.save(set);
      await this.deadlines.close(
        manager,
        actorId,
        set.id,
        DeadlineKind.RESPONSE_DUE,
        late ? DeadlineStatus.MISSED : DeadlineStatus.MET,
      );
      await this.events.publish(manager, SetResponded, {
        caseId: set.caseId,
        actorId,
        subjectId: set.id,
        before,
        data: { status: set.status },
      });
    }
    const flags = late
      ? lateResponseFlags(
          set.kind,
          answers.some((a) => a.answer.objections.length > 0),
        )
      : [];
    await this.events.publish(manager, version === 1 ? ResponseServed : ResponseSupplemented, {
      caseId: set.caseId,
      actorId,
      subjectId: response.id,
      data: {
        setId: set.id,
        title: set.title,
        respondingPartyId: set.respondingPartyId,
        version,
        servedAt: served.servedAt.toISOString(),
        servedOn: served.servedOn,
        serviceMethod: served.serviceMethod,
        signature: served.signature,
        late,
        verified: served.verification !== null,
        flags: flags.map((f) => f.rule),
        paperSha256: served.paperSha256,
        items: answers.length,
        ...(served.scanDocumentId
          ? { onPaper: { receivedOn: served.receivedOn as string, scanDocumentId: served.scanDocumentId } }
          : {}),
      },
      notify: { parties: parties.filter((p) => p.id !== set.respondingPartyId).map((p) => p.id) },
    });
    return toResponseModel(response);
  }

  /** Every item once, only this set's items, the first response complete, each sound under its rule. */
  private checkItems(
    input: Pick<ServeResponseInput, 'items'>,
    items: DiscoveryItemEntity[],
    kind: DiscoveryKind,
    version: number,
  ) {
    const byId = new Map(items.map((i) => [i.id, i]));
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const answer of input.items) {
      const item = byId.get(answer.itemId);
      if (!item) problems.push(`itemId ${answer.itemId} is not a request of this set`);
      else if (seen.has(item.id)) problems.push(`request ${item.number} is answered twice`);
      seen.add(answer.itemId);
    }
    if (version === 1) {
      const missing = items.filter((i) => !seen.has(i.id)).map((i) => i.number);
      if (missing.length) problems.push(`every request needs a response; missing: ${missing.join(', ')}`);
    }
    if (problems.length) throw new BadInputError(problems.join('; '), { problems });

    const answers = input.items.map((a) => {
      const item = byId.get(a.itemId) as DiscoveryItemEntity; // every id was checked above
      return {
        item,
        answer: {
          answer: a.answer?.trim() ? a.answer.trim() : null,
          objections: (a.objections ?? []).map((o) => o.trim()),
          admission: a.admission ?? null,
          production: a.production ?? null,
        },
      };
    });
    const ruleProblems = answers.flatMap(({ item, answer }) =>
      responseItemProblems(kind, answer, item.number),
    );
    if (ruleProblems.length) throw new ResponseRulesError(ruleProblems);
    return answers.sort((a, b) => a.item.number - b.item.number);
  }
}
