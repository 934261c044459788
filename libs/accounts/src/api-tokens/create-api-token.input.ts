import { Field, InputType, Int } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import {
  ArrayNotEmpty,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ApiTokenScopeEnum } from './api-token.model';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Firm case-management sync".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TextLimit.NAME)
  name!: string;

  @Field(() => [ApiTokenScopeEnum], { nullable: true, description: 'Default: READ and WRITE.' })
  @IsOptional()
  @ArrayNotEmpty({ message: 'scopes must list at least one scope' })
  @IsEnum(ApiTokenScopeEnum, { each: true })
  scopes?: ApiTokenScopeEnum[];

  @Field(() => Int, { nullable: true, description: 'Days until the token stops working; default never.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
