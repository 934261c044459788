import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobDispatcher } from './job-dispatcher';
import { Outbox } from './outbox';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay';
import { QueueWorkers } from './queue-workers';
import { QueuesService } from './queues.service';

/** The write side: domain services add jobs to the outbox inside their transactions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [Outbox, QueuesService],
  exports: [Outbox, QueuesService],
})
export class OutboxModule {}

/** The worker side: relay the outbox to BullMQ and run the jobs. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobDispatcher, QueueWorkers, OutboxRelay],
  exports: [OutboxRelay],
})
export class WorkerRuntimeModule {}
