import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { PaperFilingKind, PaperFilingStatus, RulingOutcome } from '../court-review-enums';
import { GateElementModel } from '../escalations/gate-verdict.model';
import { FilingVerdict, PaperFilingEntity } from './paper-filing.entity';

@ObjectType('FilingVerdict', {
  description:
    'The gate run for the filer as movant on the case’s record (FRCP 37(a)(1); Civil L.R. 37-1, 37-3), as it stood when last judged: every missing element in words.',
})
export class FilingVerdictModel {
  @Field()
  open!: boolean;

  @Field(() => [GateElementModel])
  missing!: GateElementModel[];

  @Field({ description: 'The verdict in a sentence or two, as an order would put it.' })
  explanation!: string;
}

@ObjectType('PaperFilingParty')
export class PaperFilingPartyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('PaperFiling', {
  description:
    'A paper mailed to the court in a case, recorded by its staff from the scan (DOMAIN.md, "Paper that reaches the court").',
})
export class PaperFilingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => PaperFilingKind)
  kind!: PaperFilingKind;

  @Field(() => PaperFilingStatus)
  status!: PaperFilingStatus;

  @Field(() => CalendarDateScalar)
  receivedOn!: CalendarDate;

  @Field(() => CalendarDateScalar, {
    description: 'The day mailed; for a prisoner, the day handed to prison staff (Houston v. Lack).',
  })
  mailedOn!: CalendarDate;

  @Field({ description: 'The case’s caption, as its docket shows it.' })
  caption!: string;

  @Field()
  docketNumber!: string;

  @Field(() => PaperFilingPartyModel)
  fromParty!: PaperFilingPartyModel;

  @Field(() => ID, { description: 'The scan (GET /documents/:id).' })
  documentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The page of the paper with its meet-and-confer certification; null when it has none.',
  })
  certificationPage!: number | null;

  @Field()
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'A motion: the day the other side’s answer is due (the court’s position days).',
  })
  responseDueOn!: CalendarDate | null;

  @Field(() => PaperFilingPartyModel, { nullable: true, description: 'The party that answered the motion.' })
  respondentParty!: PaperFilingPartyModel | null;

  @Field(() => [ID], { description: 'The served requests the answering side linked the motion to.' })
  itemIds!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'The answering side says the requests were never served on it.',
  })
  notServed!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The answering side’s position.' })
  position!: string | null;

  /** The escalation a motion on a full record became (PaperFiling.escalation). */
  escalationId!: string | null;

  @Field(() => FilingVerdictModel)
  verdict!: FilingVerdictModel;

  @Field({ description: 'The order Parley proposes, for the clerk to edit and enter.' })
  proposedOrder!: string;

  @Field(() => String, { nullable: true, description: 'The order as entered.' })
  orderText!: string | null;

  @Field(() => RulingOutcome, { nullable: true })
  outcome!: RulingOutcome | null;

  @Field(() => Date, { nullable: true })
  orderedAt!: Date | null;
}

/** A filing's row with what its reader sees of the case, its filer and who recorded it. */
export interface PaperFilingRow extends PaperFilingEntity {
  caption: string;
  docketNumber: string;
  fromPartyName: string;
  respondentPartyName: string | null;
  recordedByName: string;
}

export const toVerdictModel = (verdict: FilingVerdict): FilingVerdictModel => ({
  open: verdict.open,
  missing: verdict.missing,
  explanation: verdict.explanation,
});

export const toPaperFilingModel = (row: PaperFilingRow): PaperFilingModel => ({
  id: row.id,
  caseId: row.caseId,
  kind: row.kind,
  status: row.status,
  receivedOn: row.receivedOn,
  mailedOn: row.mailedOn,
  caption: row.caption,
  docketNumber: row.docketNumber,
  fromParty: { id: row.fromPartyId, name: row.fromPartyName },
  documentId: row.scanDocumentId,
  certificationPage: row.certificationPage,
  recordedBy: row.recordedByName,
  recordedAt: row.recordedAt,
  responseDueOn: row.responseDueOn,
  respondentParty: row.respondentPartyId
    ? { id: row.respondentPartyId, name: row.respondentPartyName ?? '' }
    : null,
  itemIds: row.itemIds,
  notServed: row.notServed,
  position: row.position,
  escalationId: row.escalationId,
  verdict: toVerdictModel(row.verdict),
  proposedOrder: row.proposedOrder,
  orderText: row.orderText,
  outcome: row.outcome,
  orderedAt: row.orderedAt,
});
