import { Field, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { DocumentModel } from '../document.model';

/**
 * A paper that came by mail from a party not on Parley, as the receiving side recorded it (DOMAIN.md,
 * "Parties not on Parley"): who entered it, the day it arrived, and the scan it was entered from.
 */
@ObjectType('OnPaper', {
  description:
    'This paper came on paper: the party that sent it is not on Parley, and the receiving side entered it from its scan.',
})
export class OnPaperModel {
  @Field({ description: 'Who entered it in Parley.' })
  recordedBy!: string;

  @Field(() => CalendarDateScalar, {
    description: 'The day it arrived; time runs from the day it was mailed, not this one (FRCP 5(b)(2)(C)).',
  })
  receivedOn!: CalendarDate;

  @Field(() => DocumentModel, { description: 'The scan of the paper as it arrived.' })
  scan!: DocumentModel;
}

/** Where a recorded paper keeps what OnPaper shows. */
export interface OnPaperRef {
  scanDocumentId: string | null;
  recordedById: string | null;
  receivedOn: CalendarDate | null;
}
