import { Injectable } from '@nestjs/common';
import { CaseAccessService, CaseCapability } from '@parley/cases';
import { Actor, NotFoundError } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { DiscoverySetEntity } from './discovery-set.entity';

const NOT_FOUND = 'The discovery set';

/**
 * Visibility of discovery sets, through the case-access policy: a draft exists only for its drafting
 * party; a served paper goes to every party of the case (FRCP 5(a)(1)(C)) and never to court staff
 * (FRCP 5(d)(1)(A)).
 */
@Injectable()
export class DiscoveryAccess {
  constructor(private readonly access: CaseAccessService) {}

  async visibleSet(
    actor: Actor,
    setId: string,
    manager: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<DiscoverySetEntity> {
    const set = await manager.findOne(DiscoverySetEntity, {
      where: { id: setId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!set) throw new NotFoundError(NOT_FOUND);
    await this.requireVisible(actor, set, manager);
    return set;
  }

  async requireVisible(actor: Actor, set: DiscoverySetEntity, manager?: EntityManager): Promise<void> {
    if (set.status === SetStatus.DRAFT) {
      await this.access.requireForParty(actor, set.servingPartyId, CaseCapability.READ_PARTY_DRAFTS, {
        manager,
        notFound: NOT_FOUND,
      });
    } else {
      await this.access.require(actor, set.caseId, CaseCapability.READ, { manager, notFound: NOT_FOUND });
    }
  }
}
