import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CourtsService } from '@parley/courts';
import {
  Actor,
  BadInputError,
  ConflictError,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  isUniqueViolation,
  Page,
  SystemRole,
  toPage,
} from '@parley/platform';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../access/case-access.service';
import { CaseCapability } from '../access/case-capability';
import { MembershipEntity } from '../parties/membership.entity';
import { PartySide, roleFitsParty, roleMismatchMessage } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';
import { CaseEntity } from './case.entity';
import { CaseModel, toCaseModel } from './case.model';
import { CreateCaseInput } from './create-case.input';

function problemsWith(input: CreateCaseInput): string[] {
  const problems: string[] = [];
  const sides = new Set(input.parties.map((p) => p.side));
  if (!sides.has(PartySide.PLAINTIFF) || !sides.has(PartySide.DEFENDANT)) {
    problems.push('parties must include at least one PLAINTIFF and one DEFENDANT');
  }
  const names = input.parties.map((p) => p.name.toLowerCase());
  const repeated = input.parties
    .filter((p, i) => names.indexOf(p.name.toLowerCase()) !== i)
    .map((p) => p.name);
  if (repeated.length > 0)
    problems.push(`each party needs its own name; listed twice: ${[...new Set(repeated)].join(', ')}`);
  const mine = input.parties[input.myPartyIndex];
  if (!mine)
    problems.push(`myPartyIndex must point at one of the parties (0 to ${input.parties.length - 1})`);
  else if (!roleFitsParty(input.myRole, mine)) problems.push(roleMismatchMessage(mine));
  if (
    input.rule26fConferenceOn &&
    input.discoveryCutoffOn &&
    input.discoveryCutoffOn < input.rule26fConferenceOn
  ) {
    problems.push('discoveryCutoffOn cannot come before rule26fConferenceOn');
  }
  return problems;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courts: CourtsService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Opens a case with its parties; the creator joins the party they name, consenting to e-service. */
  async create(actor: Actor, input: CreateCaseInput): Promise<CaseModel> {
    const problems = problemsWith(input);
    if (problems.length > 0) throw new BadInputError(problems.join('; '), { problems });
    const court = await this.courts.get(input.courtId);
    try {
      return await this.dataSource.transaction(async (manager) => {
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
            consentedToElectronicServiceAt: new Date(),
          }),
        );
        await this.audit.append(manager, {
          caseId: created.id,
          actorId: actor.userId,
          action: 'CASE_CREATED',
          subjectType: 'Case',
          subjectId: created.id,
          after: {
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
        return toCaseModel(created);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'cases_court_docket_key')) {
        throw new ConflictError(
          `${input.docketNumber} is already on Parley in ${court.name}. Ask one of its parties to invite you.`,
        );
      }
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<CaseModel> {
    await this.access.require(actor, id, CaseCapability.READ);
    return toCaseModel(await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id }));
  }

  /** The cases the actor represents a party in, newest first. Court staff and admins have none. */
  async page(actor: Actor, first = DEFAULT_PAGE_SIZE, after?: string): Promise<Page<CaseModel>> {
    if (actor.role !== SystemRole.USER) return toPage([], first, () => [], toCaseModel);
    const query = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('EXISTS (SELECT 1 FROM memberships m WHERE m.case_id = c.id AND m.user_id = :userId)', {
        userId: actor.userId,
      })
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
