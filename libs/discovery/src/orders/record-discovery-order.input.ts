import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DiscoveryOrderKind } from './discovery-order.entity';

@InputType()
export class RecordDiscoveryOrderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => DiscoveryOrderKind)
  @IsEnum(DiscoveryOrderKind)
  kind!: DiscoveryOrderKind;

  @Field(() => Int, {
    nullable: true,
    description: 'For INTERROGATORY_LIMIT: how many each party may serve on another.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  interrogatoryLimit?: number;

  @Field({ description: 'Where it comes from, e.g. "Scheduling Order, Dkt. 42, ¶ 3".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source must say where the stipulation or order comes from' })
  @MaxLength(TextLimit.TITLE)
  source!: string;
}
