import { QueueName } from './queue-names';

/**
 * A kind of background job: its name (which is its BullMQ job name), its queue and, as a type, its
 * payload. Defined next to the code that enqueues it; exactly one @JobHandler must handle it.
 */
export interface JobDefinition<Payload> {
  readonly name: string;
  readonly queue: QueueName;
  /** Type-level only: ties the payload type to the definition. */
  readonly payload?: Payload;
}

const defined = new Map<string, JobDefinition<unknown>>();

export function defineJob<Payload>(name: string, queue: QueueName): JobDefinition<Payload> {
  if (defined.has(name)) throw new Error(`Job ${name} is defined twice`);
  const definition: JobDefinition<Payload> = { name, queue };
  defined.set(name, definition as JobDefinition<unknown>);
  return definition;
}

export function definedJobs(): JobDefinition<unknown>[] {
  return [...defined.values()];
}

export type PayloadOf<D> = D extends JobDefinition<infer P> ? P : never;
