import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople, PartySide } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { AppError, BadInputError, Clock, ConflictError, ErrorCode, Grant } from '@parley/platform';
import { lateResponseFlags, RuleProblem, responseItemProblems } from '@parley/rules';
import { CaptionParty, hashPaper } from '@parley/papers';
import { DataSource } from 'typeorm';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { ResponseServed, ResponseSupplemented, SetResponded } from '../discovery-events';
import { ResponsePaperRecord } from '../papers/paper-records';
import { paperTitle } from '../papers/paper-words';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { DiscoveryResponseEntity } from './discovery-response.entity';
import { DiscoveryResponseModel, toResponseModel } from './discovery-response.model';
import { ResponseItemEntity } from './response-item.entity';
import { ServeResponseInput } from './serve-response.input';

const ANSWERABLE = [SetStatus.SERVED, SetStatus.OVERDUE, SetStatus.RESPONDED];

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
  ) {}

  /** grant: set.respond, held by counsel or the pro se litigant of the responding party. */
  serve(grant: Grant<'serving' | 'responding'>, input: ServeResponseInput): Promise<DiscoveryResponseModel> {
    const actor = grant.actor;
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.findOneOrFail(DiscoverySetEntity, {
        where: { id: grant.subject.id },
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
      const servedAt = this.clock.now();
      const servedOn = this.calculator.courtDay(court, servedAt);
      // Supplements are due "in a timely manner" (FRCP 26(e)(1)(A)), not by the original date.
      const late = version === 1 && set.responseDueOn !== null && servedOn > set.responseDueOn;
      const parties = await this.directory.parties(set.caseId, manager);
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
      const paperSha256 = hashPaper(paper);

      const response = await manager.save(
        manager.create(DiscoveryResponseEntity, {
          setId: set.id,
          version,
          respondingPartyId: set.respondingPartyId,
          servedAt,
          servedOn,
          serviceMethod: input.method,
          servedById: actor.userId,
          signature: input.signature,
          late,
          paperSha256,
          paper,
          verification,
          unverified: set.kind === DiscoveryKind.INTERROGATORIES && verification === null,
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
          actor.userId,
          set.id,
          DeadlineKind.RESPONSE_DUE,
          late ? DeadlineStatus.MISSED : DeadlineStatus.MET,
        );
        await this.events.publish(manager, SetResponded, {
          caseId: set.caseId,
          actorId: actor.userId,
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
        actorId: actor.userId,
        subjectId: response.id,
        data: {
          setId: set.id,
          title: set.title,
          respondingPartyId: set.respondingPartyId,
          version,
          servedAt: servedAt.toISOString(),
          servedOn,
          serviceMethod: input.method,
          signature: input.signature,
          late,
          verified: verification !== null,
          flags: flags.map((f) => f.rule),
          paperSha256,
          items: answers.length,
        },
        notify: { parties: parties.filter((p) => p.id !== set.respondingPartyId).map((p) => p.id) },
      });
      return toResponseModel(response);
    });
  }

  /** Every item once, only this set's items, the first response complete, each sound under its rule. */
  private checkItems(
    input: ServeResponseInput,
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
