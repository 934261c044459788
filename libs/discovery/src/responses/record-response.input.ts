import { InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { MailedPaperInput } from '../papers/mailed-paper.input';
import { ServeResponseInput } from './serve-response.input';

/**
 * Responses a party not on Parley served by mail, entered from their scan by a member of the party that
 * served the set.
 */
@InputType()
export class RecordResponseInput extends IntersectionType(
  PickType(ServeResponseInput, ['setId', 'items', 'verification'] as const),
  MailedPaperInput,
) {}
