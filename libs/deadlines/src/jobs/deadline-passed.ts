import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { DeadlineKind, DeadlineStatus } from '../deadline-enums';

export interface PassedOutcome {
  /** What the deadline becomes: MISSED, or MET when the passing itself is the expected end. */
  status: DeadlineStatus.MISSED | DeadlineStatus.MET;
}

/** A deadline as the lib that owns its subject needs it when it passes. */
export interface DeadlineFacts {
  id: string;
  caseId: string;
  partyId: string;
  kind: DeadlineKind;
  subjectId: string;
  dueOn: string;
}

/**
 * What the rules attach to one kind of deadline passing (a set becomes overdue, a request to confer an
 * attempt, a joint letter goes to the court…). Runs in the transaction that records the passing, and
 * tells whom it concerns by publishing its own event.
 */
export interface DeadlinePassedHandler {
  /**
   * Takes, before the deadline's row, the locks `passed` will take on its subject: the order every
   * flow that closes or moves a deadline keeps (DeadlineFollower.lockSubject), so a deadline closed
   * while it passes waits instead of deadlocking. Only for handlers that lock their subject.
   */
  lockSubject?(manager: EntityManager, subjectId: string): Promise<void>;
  passed(manager: EntityManager, deadline: DeadlineFacts, context: { now: Date }): Promise<PassedOutcome>;
}

const PASSED_METADATA = 'parley:deadline-passed';
export const HandlesDeadlinePassing = (kind: DeadlineKind) => SetMetadata(PASSED_METADATA, kind);

/** Finds the passing handlers; the worker refuses to start unless every kind of deadline has exactly one. */
@Injectable()
export class DeadlinePassedRegistry implements OnModuleInit {
  private readonly handlers = new Map<DeadlineKind, DeadlinePassedHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<DeadlineKind, DeadlinePassedHandler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const kind = this.reflector.get<DeadlineKind | undefined>(PASSED_METADATA, wrapper.metatype);
      if (kind) found.set(kind, [...(found.get(kind) ?? []), wrapper.instance as DeadlinePassedHandler]);
    }
    const problems = Object.values(DeadlineKind)
      .map((kind) => [kind, found.get(kind) ?? []] as const)
      .filter(([, handlers]) => handlers.length !== 1)
      .map(([kind, handlers]) => `${kind} has ${handlers.length}`);
    if (problems.length)
      throw new Error(`Every kind of deadline needs one passing handler: ${problems.join('; ')}`);
    for (const [kind, [handler]] of found) this.handlers.set(kind, handler);
  }

  handlerFor(kind: DeadlineKind): DeadlinePassedHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`No passing handler for ${kind}`);
    return handler;
  }
}
