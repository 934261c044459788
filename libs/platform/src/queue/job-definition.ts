import type { JobsOptions } from 'bullmq';
import { QueueName } from './queue-names';

/**
 * A kind of background job: its name (which is its BullMQ job name), its queue and, as a type, its
 * payload. Defined next to the code that enqueues it; exactly one @JobHandler must handle it.
 */
export interface JobDefinition<Payload> {
  readonly name: string;
  readonly queue: QueueName;
  /** Overrides of the default retries and retention for this kind of job. */
  readonly options?: JobsOptions;
  /** Type-level only: ties the payload type to the definition. */
  readonly payload?: Payload;
}

const defined = new Map<string, JobDefinition<unknown>>();

export function defineJob<Payload>(
  name: string,
  queue: QueueName,
  options?: JobsOptions,
): JobDefinition<Payload> {
  if (defined.has(name)) throw new Error(`Job ${name} is defined twice`);
  const definition: JobDefinition<Payload> = { name, queue, options };
  defined.set(name, definition as JobDefinition<unknown>);
  return definition;
}

export function definedJobs(): JobDefinition<unknown>[] {
  return [...defined.values()];
}

export function jobDefinition(name: string): JobDefinition<unknown> | undefined {
  return defined.get(name);
}

export type PayloadOf<D> = D extends JobDefinition<infer P> ? P : never;
