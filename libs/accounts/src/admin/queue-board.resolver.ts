import { Args, Field, Int, Mutation, ObjectType, registerEnumType, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, QueueName, QueuesService, SystemRole } from '@parley/platform';
import { QueueBoardTickets } from './queue-board-tickets';

@ObjectType('QueueBoardLink')
export class QueueBoardLinkModel {
  @Field({
    description:
      'Open in a browser within 15 minutes: queue depths and failed jobs, read-only. The ticket is in the fragment, which no server log sees.',
  })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

registerEnumType(QueueName, { name: 'QueueName' });

@Resolver()
export class QueueBoardResolver {
  constructor(
    private readonly tickets: QueueBoardTickets,
    private readonly queues: QueuesService,
  ) {}

  @Mutation(() => Int, {
    description:
      'Admins only: run the failed jobs of a queue again, as they were (the queue board itself is read-only); returns how many.',
  })
  @Access.roles(SystemRole.ADMIN)
  // Typed string, not QueueName: the validation pipe cannot validate an enum object as a class.
  async retryFailedJobs(@Args('queue', { type: () => QueueName }) queue: string): Promise<number> {
    const target = this.queues.get(queue as QueueName);
    const failed = await target.getFailedCount();
    if (failed > 0) await target.retryJobs({ state: 'failed' });
    return failed;
  }

  @Mutation(() => QueueBoardLinkModel, {
    description: 'Admins only: a short-lived link to the queue board (Bull Board).',
  })
  @Access.roles(SystemRole.ADMIN)
  queueBoardLink(@CurrentActor() actor: Actor): Promise<QueueBoardLinkModel> {
    return this.tickets.issue(actor);
  }
}
