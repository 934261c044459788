import { Field, ID, InputType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { SIGNATURE_FORMAT, SIGNATURE_MESSAGE } from '@parley/discovery';
import { TextLimit, Trim } from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Confidentiality } from '../production-enums';

/** Documents in one production: a volume of a few thousand pages, as firms produce them. */
export const MAX_PRODUCTION_DOCUMENTS = 500;

@InputType()
export class ProductionDocumentInput {
  @Field(() => ID, { description: 'A file your party uploaded to the case (POST /documents).' })
  @IsUUID('all', { message: 'documentId must be the id of a document your party uploaded' })
  documentId!: string;

  @Field(() => [ID], { description: 'The requests of the set this document answers.' })
  @ArrayMinSize(1, { message: 'each document must answer at least one request (requestItemIds)' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of requestItemIds must be the id of a request of the set' })
  requestItemIds!: string[];

  @Field(() => Confidentiality, {
    nullable: true,
    description: 'Stamped on each page and carried in the load file; default NONE.',
  })
  @IsOptional()
  @IsEnum(Confidentiality)
  confidentiality?: Confidentiality | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whose files it was collected from (the load file’s CUSTODIAN); default the producing party.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  custodian?: string | null;
}

@InputType()
export class CreateProductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => ID, { description: 'The party producing: the one the Rule 34 set was served on.' })
  @IsUUID('all', { message: 'producingPartyId must be the id of a party' })
  producingPartyId!: string;

  @Field(() => ID, { description: 'The party that served the requests.' })
  @IsUUID('all', { message: 'receivingPartyId must be the id of a party' })
  receivingPartyId!: string;

  @Field(() => ID, { description: 'The served Rule 34 set the production answers.' })
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field({ description: 'Your Bates prefix, e.g. "DEF": letters first, then letters, digits, - or _.' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  batesPrefix!: string;

  @Field(() => [ProductionDocumentInput], { description: 'In the order their pages are to be numbered.' })
  @ArrayMinSize(1, { message: 'a production needs at least one document' })
  @ArrayMaxSize(MAX_PRODUCTION_DOCUMENTS)
  @ValidateNested({ each: true })
  @Type(() => ProductionDocumentInput)
  documents!: ProductionDocumentInput[];
}

@InputType()
export class ServeProductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'productionId must be the id of a production' })
  productionId!: string;

  @Field(() => ServiceMethod)
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it was served (sent, handed over); default now. Electronic service is made when recorded.',
  })
  @IsOptional()
  @IsDate()
  servedAt?: Date | null;

  @Field({ description: '"/s/ Your Name" (FRCP 26(g)(1)).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;
}
