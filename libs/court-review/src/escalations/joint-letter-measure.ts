import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CourtModel } from '@parley/courts';
import { BadInputError, RuleViolationError } from '@parley/platform';
import { EscalationPacket } from '../packet/escalation-packet';
import { jointLetterPages, LetterPosition } from '../packet/joint-letter';

@ObjectType('JointLetterMeasure', {
  description:
    'How long the joint letter would be with your part as written, measured on the rendered letter.',
})
export class JointLetterMeasureModel {
  @Field(() => Int, {
    description: 'Pages of the whole letter: the disputed requests, the record, and the parts.',
  })
  pages!: number;

  @Field(() => Int, { description: 'The court’s page limit on a joint letter.' })
  limit!: number;

  @Field(() => Int, {
    description:
      'The pages the letter may run to with your part: half the limit, rounded up, when you write first (so the other side has room), the whole limit otherwise.',
  })
  yourShare!: number;
}

/**
 * The court's page limit on the joint letter (a setting, default 5), measured on the rendered letter.
 * The side writing first may use at most half of it, rounded up, so the other side has room for its part.
 */
export function measureJointLetter(
  court: CourtModel,
  packet: EscalationPacket,
  letter: LetterPosition[],
  first: boolean,
  now: Date,
): JointLetterMeasureModel {
  const pages = jointLetterPages(packet, letter, {
    otherSideResponded: null,
    otherParty: '',
    timeZone: court.timeZone,
    signedAt: now,
  });
  const limit = court.jointLetterPageLimit;
  return { pages, limit, yourShare: first && letter.length === 1 ? Math.ceil(limit / 2) : limit };
}

/** Refuses a letter over the limit, or a first part over its share. */
export function checkPageLimit(measure: JointLetterMeasureModel): void {
  const { pages, limit, yourShare } = measure;
  if (pages > limit) {
    throw new RuleViolationError(
      'Joint letter page limit',
      `The joint letter would run to ${pages} pages; this court allows ${limit}. Shorten your part.`,
    );
  }
  if (pages > yourShare) {
    throw new BadInputError(
      `Your part fills ${pages} pages; keep it to ${yourShare} of the court's ${limit} so the other side has room for its part.`,
    );
  }
}
