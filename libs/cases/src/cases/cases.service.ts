import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleRowsSql, visibleTo } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { CourtsService } from '@parley/courts';
import {
  Actor,
  BadInputError,
  Clock,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  GraphQLContext,
  lockForTransaction,
  NotFoundError,
  Page,
  readJson,
  ReadAccess,
  toPage,
  StatementTexts,
} from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { CaseSubject } from '../access/case-capabilities';
import { CaseCreated, DocketNumberShared } from '../case-events';
import { MembershipEntity } from '../parties/membership.entity';
import { PartySide, roleFitsParty, roleMismatchMessage } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';
import { PartiesLoader } from '../parties/parties.loader';
import { PARTY_JSON, PartyModel } from '../parties/party.model';
import { CaseEntity } from './case.entity';
import { visibleCaseSql } from './case-in-sql';
import { CaseModel, toCaseModel } from './case.model';
import { CreateCaseInput } from './create-case.input';

/** A case's read, by the visibility condition the reader's role takes and whether parties come with it. */
const CASE_READS = new StatementTexts();

function problemsWith(input: CreateCaseInput): string[] {
  const problems: string[] = [];
  const sides = new Set(input.parties.map((p) => p.side));
  if (!sides.has(PartySide.PLAINTIFF) || !sides.has(PartySide.DEFENDANT)) {
    problems.push('A case needs at least one plaintiff and one defendant (parties)');
  }
  const names = input.parties.map((p) => p.name.toLowerCase());
  const repeated = input.parties
    .filter((p, i) => names.indexOf(p.name.toLowerCase()) !== i)
    .map((p) => p.name);
  if (repeated.length > 0)
    problems.push(`Each party needs its own name; listed twice: ${[...new Set(repeated)].join(', ')}`);
  const mine = input.parties[input.myPartyIndex];
  if (!mine)
    problems.push(`myPartyIndex must point at one of the parties (0 to ${input.parties.length - 1})`);
  else if (!roleFitsParty(input.myRole, mine)) problems.push(roleMismatchMessage(mine));
  if (
    input.rule26fConferenceOn &&
    input.discoveryCutoffOn &&
    input.discoveryCutoffOn < input.rule26fConferenceOn
  ) {
    problems.push(
      'The discovery cut-off (discoveryCutoffOn) cannot come before the Rule 26(f) conference (rule26fConferenceOn)',
    );
  }
  return problems;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courts: CourtsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly partyLoader: PartiesLoader,
  ) {}

  /**
   * Opens a case with its parties; the creator joins the party they name, consenting to e-service.
   * A docket number locks nobody out: several Parley cases may claim one (court staff see when they
   * do), so creating a case says nothing about any other.
   */
  async create(actor: Actor, input: CreateCaseInput): Promise<CaseModel> {
    const problems = problemsWith(input);
    if (problems.length > 0) throw new BadInputError(problems.join('; '), { problems });
    const court = await this.courts.get(input.courtId);
    return this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(CaseEntity, {
          courtId: court.id,
          docketNumber: input.docketNumber,
          title: input.title,
          judge: input.judge,
          rule26fConferenceOn: input.rule26fConferenceOn ?? null,
          discoveryCutoffOn: input.discoveryCutoffOn ?? null,
          createdById: actor.userId,
        }),
      );
      const parties = await manager.save(
        input.parties.map((p, position) =>
          manager.create(PartyEntity, { ...p, caseId: created.id, position }),
        ),
      );
      const mine = parties[input.myPartyIndex];
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          partyId: mine.id,
          caseId: created.id,
          userId: actor.userId,
          role: input.myRole,
          consentedToElectronicServiceAt: this.clock.now(),
        }),
      );
      await this.events.publish(manager, CaseCreated, {
        caseId: created.id,
        actorId: actor.userId,
        subjectId: created.id,
        data: {
          courtId: court.id,
          docketNumber: created.docketNumber,
          title: created.title,
          judge: created.judge,
          rule26fConferenceOn: created.rule26fConferenceOn,
          discoveryCutoffOn: created.discoveryCutoffOn,
          parties: parties.map(({ id, name, side, proSe, incarcerated }) => ({
            id,
            name,
            side,
            proSe,
            incarcerated,
          })),
          creator: {
            membershipId: membership.id,
            partyId: mine.id,
            role: membership.role,
            consentedToElectronicServiceAt: membership.consentedToElectronicServiceAt.toISOString(),
          },
        },
      });
      await this.announceSharedDocket(manager, created);
      return toCaseModel(created);
    });
  }

  /** Tells the court's staff when this case is not the only one claiming its docket number. */
  private async announceSharedDocket(manager: EntityManager, created: CaseEntity): Promise<void> {
    await lockForTransaction(manager, `docket:${created.courtId}:${created.docketNumber}`);
    const claims = await manager.countBy(CaseEntity, {
      courtId: created.courtId,
      docketNumber: created.docketNumber,
    });
    if (claims < 2) return;
    await this.events.publish(manager, DocketNumberShared, {
      caseId: null,
      courtId: created.courtId,
      actorId: created.createdById,
      subjectId: created.id,
      data: { docketNumber: created.docketNumber, claims },
      notify: { court: created.courtId },
    });
  }

  /**
   * In the request's combined statement, with the other root fields it reads (a case's dashboard)
   * and the access decision (Access.toRead), and with its parties when the query asks for them. The
   * case is read through the policy's visibility SQL: a reader the decision will refuse reads nothing.
   */
  async get(
    access: ReadAccess,
    context: GraphQLContext,
    { withParties }: { withParties: boolean },
  ): Promise<CaseModel> {
    const parameters: unknown[] = [access.subjectId];
    const { from, where } = visibleRowsSql(access.actor, CaseSubject, this.clock.now(), parameters);
    const sql = CASE_READS.text([where, withParties], () => {
      const parties = withParties
        ? `, 'parties', (SELECT coalesce(json_agg(${PARTY_JSON} ORDER BY p.position), '[]'::json)
                           FROM parties p WHERE p.case_id = c.id)`
        : '';
      return visibleCaseSql(
        `json_build_object('id', c.id, 'docketNumber', c.docket_number, 'title', c.title,
                'judge', c.judge, 'rule26fConferenceOn', c.rule26f_conference_on,
                'discoveryCutoffOn', c.discovery_cutoff_on, 'createdAt', c.created_at, 'courtId', c.court_id${parties})`,
        from,
        where,
      );
    });
    const found = await readJson<
      (Omit<CaseModel, 'createdAt'> & { createdAt: string; parties?: PartyModel[] }) | null
    >(context, this.dataSource, sql, parameters);
    if (!found) throw new NotFoundError('The case');
    const { parties: read, ...theCase } = found;
    if (read) this.partyLoader.primeCase(context, theCase.id, read);
    return { ...theCase, createdAt: new Date(theCase.createdAt) };
  }

  /** The cases the actor may see, newest first: through the policy's list filter, like every list. */
  async page(actor: Actor, first = DEFAULT_PAGE_SIZE, after?: string): Promise<Page<CaseModel>> {
    const query = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where(visibleTo(actor, CaseSubject, 'c.id', this.clock.now()))
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(first + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(c.created_at, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.getMany();
    return toPage(rows, first, (c) => [c.createdAt.toISOString(), c.id], toCaseModel);
  }
}
