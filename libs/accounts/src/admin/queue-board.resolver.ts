import { Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, SystemRole } from '@parley/platform';
import { QueueBoardTickets } from './queue-board-tickets';

@ObjectType('QueueBoardLink')
export class QueueBoardLinkModel {
  @Field({
    description: 'Open in a browser within 15 minutes: the queues, failed jobs and their retry buttons.',
  })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@Resolver()
export class QueueBoardResolver {
  constructor(private readonly tickets: QueueBoardTickets) {}

  @Mutation(() => QueueBoardLinkModel, {
    description: 'Admins only: a short-lived link to the queue board (Bull Board).',
  })
  @Access.roles(SystemRole.ADMIN)
  queueBoardLink(@CurrentActor() actor: Actor): Promise<QueueBoardLinkModel> {
    return this.tickets.issue(actor);
  }
}
