import { SetMetadata } from '@nestjs/common';
import { JobDefinition } from './job-definition';

export const JOB_HANDLER_METADATA = 'parley:job-handler';

export interface JobContext {
  /** The BullMQ job id: for relayed jobs, the outbox message id (unique per event). */
  jobId: string;
  attemptsMade: number;
}

/**
 * Handles one kind of job. Handlers are idempotent: a job can run again after a crash or a retry,
 * so they re-read state and record deliveries under unique keys.
 */
export interface JobHandler<Payload> {
  handle(payload: Payload, context: JobContext): Promise<void>;
}

export const HandlesJob = (definition: JobDefinition<unknown>) =>
  SetMetadata(JOB_HANDLER_METADATA, definition);
