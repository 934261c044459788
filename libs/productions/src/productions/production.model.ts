import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { ClawbackModel } from '../clawbacks/clawback.model';
import { Confidentiality, ProductionStatus } from '../production-enums';

@ObjectType('ProductionParty')
export class ProductionPartyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ProductionDocument')
export class ProductionDocumentModel {
  @Field(() => ID)
  documentId!: string;

  @Field()
  filename!: string;

  @Field({
    description:
      'Its first page’s Bates number, e.g. DEF0000001; in a draft, the number it would bear if served now.',
  })
  firstBates!: string;

  @Field()
  lastBates!: string;

  @Field(() => Int, { description: 'Pages in the volume: a PDF’s own; a native’s one slip sheet.' })
  pages!: number;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the file as collected (the load file’s SHA256); set when served.',
  })
  sha256!: string | null;

  @Field({ description: 'Not a PDF: produced in its native form behind a slip sheet.' })
  native!: boolean;

  @Field({ description: 'Produced before: it keeps the numbers it was first produced with.' })
  reproduced!: boolean;

  @Field(() => Confidentiality)
  confidentiality!: Confidentiality;

  @Field()
  custodian!: string;

  @Field(() => [ID], { description: 'The requests it answers.' })
  requestItemIds!: string[];

  @Field(() => [Int], { description: 'The request numbers it answers, e.g. [1, 3].' })
  requestNumbers!: number[];

  @Field({ description: 'Some of its pages are clawed back (FRCP 26(b)(5)(B)).' })
  clawedBack!: boolean;
}

@ObjectType('LoadFiles', {
  description: 'The volume’s load files: a Concordance DAT (þ, 0x14, ®) and an Opticon OPT.',
})
export class LoadFilesModel {
  @Field()
  dat!: string;

  @Field()
  opt!: string;
}

@ObjectType('Production', {
  description:
    'Documents produced in answer to a served Rule 34 set (FRCP 34(b)(2)(E)): a draft, private to the producing party, or a served volume with Bates-stamped pages and load files, never changed again.',
})
export class ProductionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ProductionStatus)
  status!: ProductionStatus;

  @Field(() => ID)
  setId!: string;

  @Field()
  setTitle!: string;

  @Field(() => ProductionPartyModel)
  producingParty!: ProductionPartyModel;

  @Field(() => ProductionPartyModel)
  receivingParty!: ProductionPartyModel;

  @Field()
  batesPrefix!: string;

  @Field(() => String, { nullable: true, description: 'The volume’s name in its load files, e.g. DEF001.' })
  volume!: string | null;

  @Field({ description: 'In a draft, the first number it would take if served now.' })
  firstBates!: string;

  @Field()
  lastBates!: string;

  @Field(() => Int)
  pages!: number;

  @Field(() => [ProductionDocumentModel], { description: 'In the order their pages are numbered.' })
  documents!: ProductionDocumentModel[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  servedAt!: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  servedOn!: CalendarDate | null;

  @Field(() => ServiceMethod, { nullable: true })
  serviceMethod!: ServiceMethod | null;

  @Field(() => String, { nullable: true })
  signature!: string | null;

  @Field(() => LoadFilesModel, { nullable: true })
  loadFiles!: LoadFilesModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the parties download the volume (GET, Authorization as for GraphQL); once served.',
  })
  volumeUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the volume zip.' })
  volumeSha256!: string | null;

  @Field(() => [ClawbackModel], { description: 'Pages the producing party has clawed back.' })
  clawbacks!: ClawbackModel[];
}
