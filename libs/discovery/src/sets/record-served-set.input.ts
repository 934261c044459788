import { Field, ID, InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { MailedPaperInput } from '../papers/mailed-paper.input';
import { CreateDiscoverySetInput } from './create-discovery-set.input';

/**
 * A set a party not on Parley served by mail, entered by a member of the party it was served on from
 * its scan (DOMAIN.md, "Parties not on Parley").
 */
@InputType()
export class RecordServedSetInput extends IntersectionType(
  PickType(CreateDiscoverySetInput, ['caseId', 'kind', 'title', 'items'] as const),
  MailedPaperInput,
) {
  @Field(() => ID, { description: 'The party not on Parley that mailed the set.' })
  @IsUUID('all', { message: 'servingPartyId must be the id of a party' })
  servingPartyId!: string;

  @Field(() => ID, { description: 'Your party, on which it was served.' })
  @IsUUID('all', { message: 'respondingPartyId must be the id of a party' })
  respondingPartyId!: string;
}
