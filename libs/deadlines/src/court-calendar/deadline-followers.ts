import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { DeadlineKind } from '../deadline-enums';
import { DeadlineFacts } from '../jobs/deadline-passed';
import { FIXED_DATE_KINDS } from '../deadlines.service';

/**
 * The lib that owns a deadline's subject keeps its own copy of the date (a set's responseDueOn, an
 * escalation's position window…): when a change to the court's calendar moves the deadline, the copy
 * follows, in the same transaction.
 */
export interface DeadlineFollower {
  /**
   * Locks the subject's row before the deadline's: the order in which every flow that closes or moves
   * a deadline takes them (serving a response, agreeing an extension), so the two cannot deadlock.
   */
  lockSubject(manager: EntityManager, subjectId: string): Promise<void>;
  /** The deadline now ends on `deadline.dueOn` (FRCP 6(a)(4): at midnight in `timeZone`). */
  moved(manager: EntityManager, deadline: DeadlineFacts, context: { timeZone: string }): Promise<void>;
}

const FOLLOWS_METADATA = 'parley:deadline-follower';
export const FollowsDeadline = (kind: DeadlineKind) => SetMetadata(FOLLOWS_METADATA, kind);

/**
 * Finds the followers; the API refuses to start unless every kind of deadline that is counted (all but
 * the dates the parties fix) has exactly one, so a moved date can never leave a stale copy behind.
 */
@Injectable()
export class DeadlineFollowers implements OnModuleInit {
  private readonly followers = new Map<DeadlineKind, DeadlineFollower>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<DeadlineKind, DeadlineFollower[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const kind = this.reflector.get<DeadlineKind | undefined>(FOLLOWS_METADATA, wrapper.metatype);
      if (kind) found.set(kind, [...(found.get(kind) ?? []), wrapper.instance as DeadlineFollower]);
    }
    const problems = Object.values(DeadlineKind)
      .filter((kind) => !FIXED_DATE_KINDS.includes(kind))
      .map((kind) => [kind, found.get(kind) ?? []] as const)
      .filter(([, followers]) => followers.length !== 1)
      .map(([kind, followers]) => `${kind} has ${followers.length}`);
    if (problems.length)
      throw new Error(`Every counted kind of deadline needs one follower: ${problems.join('; ')}`);
    for (const [kind, [follower]] of found) this.followers.set(kind, follower);
  }

  of(kind: DeadlineKind): DeadlineFollower {
    const follower = this.followers.get(kind);
    if (!follower) throw new Error(`No follower for ${kind} deadlines`);
    return follower;
  }
}
