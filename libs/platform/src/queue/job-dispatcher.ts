import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { definedJobs, JobDefinition } from './job-definition';
import { JOB_HANDLER_METADATA, JobHandler } from './job-handler.decorator';
import { QueueName } from './queue-names';

/** Routes each job to its one handler; start-up fails when a job has no handler or two. */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler<unknown>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, JobHandler<unknown>[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const definition = this.reflector.get<JobDefinition<unknown> | undefined>(
        JOB_HANDLER_METADATA,
        wrapper.metatype,
      );
      if (!definition) continue;
      found.set(definition.name, [
        ...(found.get(definition.name) ?? []),
        wrapper.instance as JobHandler<unknown>,
      ]);
    }
    const problems: string[] = [];
    for (const job of definedJobs()) {
      const handlers = found.get(job.name) ?? [];
      if (handlers.length !== 1) problems.push(`${job.name} has ${handlers.length} handlers`);
      else this.handlers.set(job.name, handlers[0]);
    }
    if (problems.length > 0) throw new Error(`Every job needs exactly one handler: ${problems.join('; ')}`);
  }

  queuesWithHandlers(): QueueName[] {
    return [...new Set(definedJobs().map((job) => job.queue))];
  }

  async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    await handler.handle(job.data, { jobId: String(job.id), attemptsMade: job.attemptsMade });
  }
}
