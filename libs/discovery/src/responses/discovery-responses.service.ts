import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@parley/accounts';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability, CaseEntity, NotifyPartiesJob, PartyEntity } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { NotificationKind } from '@parley/notifications';
import { Actor, AppError, BadInputError, Clock, ConflictError, ErrorCode, Outbox } from '@parley/platform';
import { lateResponseFlags, RuleProblem, responseItemProblems } from '@parley/rules';
import { DataSource } from 'typeorm';
import { DiscoveryKind, SetStatus } from '../discovery-enums';
import { captionOf, hashPaper } from '../papers/served-paper';
import { DiscoveryAccess } from '../sets/discovery-access';
import { DiscoveryItemEntity } from '../sets/discovery-item.entity';
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
    private readonly access: CaseAccessService,
    private readonly discoveryAccess: DiscoveryAccess,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  serve(actor: Actor, input: ServeResponseInput): Promise<DiscoveryResponseModel> {
    return this.dataSource.transaction(async (manager) => {
      const set = await this.discoveryAccess.visibleSet(actor, input.setId, manager, { lock: true });
      // Only the responding party answers: the serving party cannot answer its own set.
      await this.access.requireForParty(actor, set.respondingPartyId, CaseCapability.SIGN_FOR_PARTY, {
        manager,
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

      const theCase = await manager.findOneByOrFail(CaseEntity, { id: set.caseId });
      const court = await this.courts.get(theCase.courtId, manager);
      const servedAt = this.clock.now();
      const servedOn = this.calculator.courtDay(court, servedAt);
      // Supplements are due "in a timely manner" (FRCP 26(e)(1)(A)), not by the original date.
      const late = version === 1 && set.responseDueOn !== null && servedOn > set.responseDueOn;
      const signer = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const parties = await manager.findBy(PartyEntity, { caseId: set.caseId });
      const name = (id: string) => parties.find((p) => p.id === id)?.name ?? '';

      const paperSha256 = hashPaper({
        caption: captionOf(court, theCase),
        kind: `RESPONSE_TO_${set.kind}`,
        title: `${version === 1 ? 'Responses' : `Supplemental responses (${version - 1})`} to ${set.title}`,
        from: name(set.respondingPartyId),
        to: name(set.servingPartyId),
        body: answers.map(({ item, answer }) => ({ number: item.number, text: item.text, response: answer })),
        service: {
          servedAt: servedAt.toISOString(),
          servedOn,
          method: input.method,
          deliveredAt: null,
          signature: input.signature,
          signer: signer.name,
        },
        certificateOfService: [],
      });

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
        await this.audit.append(manager, {
          caseId: set.caseId,
          actorId: actor.userId,
          action: 'SET_RESPONDED',
          subjectType: 'DiscoverySet',
          subjectId: set.id,
          before,
          after: { status: set.status },
        });
      }
      const flags = late
        ? lateResponseFlags(
            set.kind,
            answers.some((a) => a.answer.objections.length > 0),
          )
        : [];
      await this.audit.append(manager, {
        caseId: set.caseId,
        actorId: actor.userId,
        action: version === 1 ? 'RESPONSE_SERVED' : 'RESPONSE_SUPPLEMENTED',
        subjectType: 'DiscoveryResponse',
        subjectId: response.id,
        after: {
          setId: set.id,
          version,
          servedAt: servedAt.toISOString(),
          servedOn,
          serviceMethod: input.method,
          signature: input.signature,
          late,
          flags: flags.map((f) => f.rule),
          paperSha256,
          items: answers.length,
        },
      });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: set.caseId,
        partyIds: parties.filter((p) => p.id !== set.respondingPartyId).map((p) => p.id),
        kind: NotificationKind.RESPONSE_SERVED,
        message: `${name(set.respondingPartyId)} served ${version === 1 ? 'responses' : 'supplemental responses'} to “${set.title}”${late ? ', after the response date' : ''}.`,
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
