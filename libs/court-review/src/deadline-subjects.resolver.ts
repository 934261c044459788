import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineKind, DeadlineModel } from '@parley/deadlines';
import { byKeys, GraphQLContext } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** What a deadline's subject says about it: the dispute it belongs to, and who is waiting on it. */
interface SubjectFacts {
  disputeId: string | null;
  /** The party waiting: the one that served the set, asked to confer, or took the dispute to the court. */
  other: string | null;
  setKind: string | null;
  setTitle: string | null;
}

const NONE: SubjectFacts = { disputeId: null, other: null, setKind: null, setTitle: null };

const REQUESTS: Record<string, string> = {
  INTERROGATORIES: 'interrogatories',
  PRODUCTION: 'requests for documents',
  ADMISSIONS: 'requests for admission',
};

/**
 * Deadline.disputeId and Deadline.todo: what a party's "what to do next" needs to say a deadline in
 * plain words and open the screen where it is met. A deadline belongs to a case its reader sees, and
 * so do its set, request, escalation and ruling. One statement per request, however many deadlines.
 */
@Resolver(() => DeadlineModel)
export class DeadlineSubjectsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ID, {
    nullable: true,
    description:
      'The dispute the deadline is about (a request to confer, the joint letter, a ruling, an agreed supplement); null for a set’s responses.',
  })
  async disputeId(
    @Parent() deadline: DeadlineModel,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    if (deadline.subjectType === 'Dispute') return deadline.subjectId;
    return (await this.facts(context, deadline)).disputeId;
  }

  @ResolveField(() => String, {
    description:
      'What the party that must act is to do, in plain words: e.g. “Answer Luckert’s interrogatories (Second Set of Interrogatories)”.',
  })
  async todo(@Parent() deadline: DeadlineModel, @Context() context: GraphQLContext): Promise<string> {
    const { other, setKind, setTitle } = await this.facts(context, deadline);
    const whose = other ? `${other}’s` : 'the other side’s';
    switch (deadline.kind) {
      case DeadlineKind.RESPONSE_DUE:
        return `Answer ${whose} ${REQUESTS[setKind ?? ''] ?? 'requests'}${setTitle ? ` (${setTitle})` : ''}`;
      case DeadlineKind.CONFERRAL_WINDOW:
        return `Answer ${whose} request to meet and confer`;
      case DeadlineKind.POSITION_DUE:
        return `Add your side to the joint letter ${other ?? 'the other side'} is taking to the court`;
      default:
        // A ruling's order and an agreed supplement are already said in the words that set them.
        return deadline.description;
    }
  }

  private facts(context: GraphQLContext, deadline: DeadlineModel): Promise<SubjectFacts> {
    if (!['DiscoverySet', 'ConferralRequest', 'Escalation', 'Ruling'].includes(deadline.subjectType)) {
      return Promise.resolve(NONE);
    }
    return context.loaders
      .get(this.facts, () => new DataLoader<string, SubjectFacts>((keys) => this.load(keys)))
      .load(`${deadline.subjectType}:${deadline.subjectId}`);
  }

  private async load(keys: readonly string[]): Promise<SubjectFacts[]> {
    const ids = (type: string) =>
      keys.filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1));
    const rows: Array<{
      key: string;
      dispute_id: string | null;
      other: string | null;
      kind: string | null;
      title: string | null;
    }> = await this.dataSource.query(
      `SELECT 'DiscoverySet:' || s.id AS key, NULL::uuid AS dispute_id, p.name AS other, s.kind::text AS kind, s.title
           FROM discovery_sets s JOIN parties p ON p.id = s.serving_party_id WHERE s.id = ANY($1::uuid[])
         UNION ALL SELECT 'ConferralRequest:' || r.id, r.dispute_id, p.name, NULL, NULL
           FROM conferral_requests r JOIN parties p ON p.id = r.from_party_id WHERE r.id = ANY($2::uuid[])
         UNION ALL SELECT 'Escalation:' || e.id, e.dispute_id, p.name, NULL, NULL
           FROM escalations e JOIN parties p ON p.id = e.escalating_party_id WHERE e.id = ANY($3::uuid[])
         UNION ALL SELECT 'Ruling:' || g.id, e.dispute_id, NULL, NULL, NULL
           FROM rulings g JOIN escalations e ON e.id = g.escalation_id WHERE g.id = ANY($4::uuid[])`,
      [ids('DiscoverySet'), ids('ConferralRequest'), ids('Escalation'), ids('Ruling')],
    );
    return byKeys(keys, rows, (r) => r.key).map((r) =>
      r ? { disputeId: r.dispute_id, other: r.other, setKind: r.kind, setTitle: r.title } : NONE,
    );
  }
}
