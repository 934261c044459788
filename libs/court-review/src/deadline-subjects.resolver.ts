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
  /** The set's title, the court's order, or the resolution agreed: what the deadline is about. */
  words: string | null;
}

const NONE: SubjectFacts = { disputeId: null, other: null, setKind: null, words: null };

/** A heading stays a heading: a long order is quoted up to here, in whole words. */
const QUOTE_LIMIT = 140;

function quoted(text: string | null): string {
  if (!text) return '';
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const short =
    trimmed.length <= QUOTE_LIMIT ? trimmed : `${trimmed.slice(0, QUOTE_LIMIT).replace(/\s+\S*$/, '')}…`;
  return ` (“${short}”)`;
}

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
    return (await this.facts(context, deadline)).disputeId;
  }

  @ResolveField(() => String, {
    description:
      'What is to be done, in plain words that read the same to the party that must act and to the one waiting, with no closing stop: e.g. “Answer Luckert’s interrogatories (Second Set of Interrogatories)”.',
  })
  async todo(@Parent() deadline: DeadlineModel, @Context() context: GraphQLContext): Promise<string> {
    const { other, setKind, words } = await this.facts(context, deadline);
    const whose = other ? `${other}’s` : 'the other side’s';
    switch (deadline.kind) {
      case DeadlineKind.RESPONSE_DUE:
        return `Answer ${whose} ${REQUESTS[setKind ?? ''] ?? 'requests'}${words ? ` (${words})` : ''}`;
      case DeadlineKind.CONFERRAL_WINDOW:
        return `Answer ${whose} request to meet and confer`;
      case DeadlineKind.POSITION_DUE:
        return `Add a part to the joint letter ${other ?? 'the other side'} is taking to the court`;
      case DeadlineKind.COMPLIANCE:
        return `Comply with the court’s order${quoted(words)}`;
      case DeadlineKind.AGREED_SUPPLEMENT:
        return `Supplement the responses as agreed${quoted(words)}`;
      case DeadlineKind.CLAWBACK_ANSWER:
        return 'Sequester, return or destroy the clawed-back pages, or challenge the claim, and say which';
    }
  }

  private facts(context: GraphQLContext, deadline: DeadlineModel): Promise<SubjectFacts> {
    if (
      !['DiscoverySet', 'ConferralRequest', 'Escalation', 'Ruling', 'Dispute'].includes(deadline.subjectType)
    ) {
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
      words: string | null;
    }> = await this.dataSource.query(
      `SELECT 'DiscoverySet:' || s.id AS key, NULL::uuid AS dispute_id, p.name AS other, s.kind::text AS kind, s.title AS words
           FROM discovery_sets s JOIN parties p ON p.id = s.serving_party_id WHERE s.id = ANY($1::uuid[])
         UNION ALL SELECT 'ConferralRequest:' || r.id, r.dispute_id, p.name, NULL, NULL
           FROM conferral_requests r JOIN parties p ON p.id = r.from_party_id WHERE r.id = ANY($2::uuid[])
         UNION ALL SELECT 'Escalation:' || e.id, e.dispute_id, p.name, NULL, NULL
           FROM escalations e JOIN parties p ON p.id = e.escalating_party_id WHERE e.id = ANY($3::uuid[])
         UNION ALL SELECT 'Ruling:' || g.id, e.dispute_id, NULL, NULL, g.order_text
           FROM rulings g JOIN escalations e ON e.id = g.escalation_id WHERE g.id = ANY($4::uuid[])
         UNION ALL SELECT 'Dispute:' || d.id, d.id, NULL, NULL, d.resolution
           FROM disputes d WHERE d.id = ANY($5::uuid[])`,
      [ids('DiscoverySet'), ids('ConferralRequest'), ids('Escalation'), ids('Ruling'), ids('Dispute')],
    );
    return byKeys(keys, rows, (r) => r.key).map((r) =>
      r ? { disputeId: r.dispute_id, other: r.other, setKind: r.kind, words: r.words } : NONE,
    );
  }
}
