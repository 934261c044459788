import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from './actor';
import { Grant, operationKeyOf } from './grant';

/**
 * A query's access while the policy's decision is read in the same statement as the answer
 * (Access.toRead). It holds only what is known before the decision: the actor, and the subject's id
 * as the caller named it (a UUID, lowercased). Services build from it reads that filter every row
 * through the policy's visibility SQL, so a reader who may not see the subject reads nothing; and the
 * answer waits for the decision, whose refusal replaces it. Only the access guard issues one.
 */
export class ReadAccess {
  readonly #issuedByTheGuard = true;

  private constructor(
    readonly actor: Actor,
    readonly capability: string,
    readonly subjectId: string,
    /** The policy's decision, settled with the statement that reads the answer. */
    readonly decided: Promise<Grant>,
  ) {}

  static issue(actor: Actor, capability: string, subjectId: string, decided: Promise<Grant>): ReadAccess {
    return new ReadAccess(actor, capability, subjectId, decided);
  }

  static isGenuine(value: object): value is ReadAccess {
    return #issuedByTheGuard in value;
  }
}

/**
 * Runs the resolver now, so its reads join the request's combined statement with the decision's,
 * and gives its answer only once the decision allows it. A refusal wins over whatever the resolver
 * answered or failed with: a reader who may not see the subject learns nothing but NOT_FOUND.
 */
export async function answerAfterDecision<T>(
  decided: Promise<unknown>,
  resolve: () => T,
): Promise<Awaited<T>> {
  const answer = (async () => resolve())();
  const [decision, result] = await Promise.allSettled([decided, answer]);
  if (decision.status === 'rejected') throw decision.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

type Resolver = (...args: unknown[]) => unknown;

/**
 * Makes a query's resolver (Access.toRead) hold its answer until the decision: it finds the
 * @Reading() among its arguments, runs, and answers through answerAfterDecision. Whatever order the
 * decorators are written in: those applied before this one (a @Query written below it) left their
 * metadata on the original function, and Nest reads it from the one it calls.
 */
export function holdAnswerUntilDecided(key: string | symbol, descriptor: PropertyDescriptor): void {
  const resolve = descriptor.value as Resolver;
  const held = function (this: unknown, ...args: unknown[]) {
    const access = args.find((arg): arg is ReadAccess => arg instanceof ReadAccess);
    if (!access) throw new Error(`${String(key)} is declared Access.toRead but takes no @Reading()`);
    return answerAfterDecision(access.decided, () => resolve.apply(this, args));
  };
  for (const name of Reflect.getOwnMetadataKeys(resolve)) {
    Reflect.defineMetadata(name, Reflect.getOwnMetadata(name, resolve), held);
  }
  Object.defineProperty(held, 'name', { value: resolve.name });
  descriptor.value = held;
}

/** Keyed as grants are (operationKeyOf). */
const reads = new WeakMap<object, ReadAccess>();

export function rememberRead(context: ExecutionContext, access: ReadAccess): void {
  if (!ReadAccess.isGenuine(access)) throw new Error('Only the access guard issues read access');
  reads.set(operationKeyOf(context), access);
}

/** The read access the guard issued for this query (Access.toRead). */
export const Reading = createParamDecorator((_: unknown, context: ExecutionContext): ReadAccess => {
  const access = reads.get(operationKeyOf(context));
  if (!access) throw new Error('This operation is not declared Access.toRead, so it has no read access');
  return access;
});
