import { Field, ID, InputType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { TextLimit, Trim } from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AdmissionAnswer, ProductionAnswer } from '../discovery-enums';
import { MAX_ITEM_TEXT, MAX_ITEMS_PER_SET } from '../sets/create-discovery-set.input';
import { SIGNATURE_FORMAT, SIGNATURE_MESSAGE } from '../sets/serve-discovery-set.input';

@InputType()
export class ResponseItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be the id of an item of the set' })
  itemId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The answer (FRCP 33(b)(3)) or, for CANNOT_ADMIT_OR_DENY, why (FRCP 36(a)(4)).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ITEM_TEXT)
  answer?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Each objection with its grounds stated specifically.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(TextLimit.SHORT_TEXT, { each: true })
  objections?: string[] | null;

  @Field(() => AdmissionAnswer, { nullable: true })
  @IsOptional()
  @IsEnum(AdmissionAnswer)
  admission?: AdmissionAnswer | null;

  @Field(() => ProductionAnswer, { nullable: true })
  @IsOptional()
  @IsEnum(ProductionAnswer)
  production?: ProductionAnswer | null;
}

/** The answering party's own oath on interrogatory answers (FRCP 33(b)(3), (5)). */
@InputType()
export class VerificationInput {
  @Field({
    description:
      'Who swears to the answers: the party, or for an organisation its officer or agent (FRCP 33(b)(1)).',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'verification.signedBy must name who swears to the answers' })
  @MaxLength(TextLimit.NAME)
  signedBy!: string;

  @Field({ description: 'Their signature: "/s/ Their Name".' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;
}

@InputType()
export class ServeResponseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field(() => ServiceMethod)
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @Field({
    description:
      '"/s/ Your Name" (FRCP 26(g)(1)): counsel’s signature covers objections (FRCP 33(b)(5)); the party’s oath goes in verification.',
  })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;

  @Field(() => VerificationInput, {
    nullable: true,
    description:
      'Interrogatory answers: the party’s own oath (FRCP 33(b)(3), (5)); without it the response is served and flagged UNVERIFIED. Only for interrogatories.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => VerificationInput)
  verification?: VerificationInput | null;

  @Field(() => [ResponseItemInput], {
    description: 'One entry per request; a supplement (FRCP 26(e)) may cover some.',
  })
  @ArrayMinSize(1, { message: 'a response needs at least one item' })
  @ArrayMaxSize(MAX_ITEMS_PER_SET)
  @ValidateNested({ each: true })
  @Type(() => ResponseItemInput)
  items!: ResponseItemInput[];
}
