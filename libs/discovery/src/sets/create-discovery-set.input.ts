import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DiscoveryKind } from '../discovery-enums';

export const MAX_ITEMS_PER_SET = 200;
export const MAX_ITEM_TEXT = 20_000;

@InputType()
export class DiscoveryItemInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'each item needs its text' })
  @MaxLength(MAX_ITEM_TEXT, { message: `an item may hold at most ${MAX_ITEM_TEXT} characters` })
  text!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: 'Discrete subparts (FRCP 33(a)(1)); 0 when none.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  subparts?: number;
}

@InputType()
export class CreateDiscoverySetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => ID, { description: 'Your party, which serves the set.' })
  @IsUUID('all', { message: 'servingPartyId must be the id of a party' })
  servingPartyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'respondingPartyId must be the id of a party' })
  respondingPartyId!: string;

  @Field(() => DiscoveryKind)
  @IsEnum(DiscoveryKind)
  kind!: DiscoveryKind;

  @Field({ description: 'e.g. "Plaintiff’s First Set of Interrogatories to Defendant J. Brannon".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(TextLimit.TITLE)
  title!: string;

  @Field(() => [DiscoveryItemInput], { description: 'Numbered 1, 2, 3 … in this order.' })
  @ArrayMinSize(1, { message: 'a set needs at least one item' })
  @ArrayMaxSize(MAX_ITEMS_PER_SET, { message: `a set may hold at most ${MAX_ITEMS_PER_SET} items` })
  @ValidateNested({ each: true })
  @Type(() => DiscoveryItemInput)
  items!: DiscoveryItemInput[];
}
