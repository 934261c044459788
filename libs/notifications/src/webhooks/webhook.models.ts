import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, TextLimit, Trim } from '@parley/platform';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { DeliveryStatus } from '../email/email-delivery.entity';
import { NotificationKind } from '../notification-kind';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

@ObjectType('WebhookEndpoint')
export class WebhookEndpointModel {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field()
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret, shown once when the endpoint is created. Verify X-Parley-Signature with it.',
  })
  secret!: string | null;

  @Field({
    description: 'False once disabled after repeated failures; enableWebhookEndpoint turns it back on.',
  })
  enabled!: boolean;

  @Field(() => String, { nullable: true })
  disabledReason!: string | null;

  @Field(() => Int)
  consecutiveFailures!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel, 'WebhookDelivery') {}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'Where notices are POSTed as JSON.' })
  @Trim()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  description?: string;
}
