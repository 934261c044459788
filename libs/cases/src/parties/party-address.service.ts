import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { Grant } from '@parley/platform';
import { DataSource } from 'typeorm';
import { PartyAddressSet } from '../case-events';
import { PartyEntity } from './party.entity';
import { PartyModel, toPartyModel } from './party.model';
import { SetPartyAddressInput } from './set-party-address.input';

/** Where a party is served by mail (FRCP 5(b)(2)(C)): recorded with who gave it, on the case's chain. */
@Injectable()
export class PartyAddressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /** grant: party.set-address. */
  set(grant: Grant<'party'>, input: SetPartyAddressInput): Promise<PartyModel> {
    return this.dataSource.transaction(async (manager) => {
      const party = await manager.findOneOrFail(PartyEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const before = { mailingAddress: party.mailingAddress };
      party.mailingAddress = input.mailingAddress;
      await manager.update(PartyEntity, { id: party.id }, { mailingAddress: party.mailingAddress });
      await this.events.publish(manager, PartyAddressSet, {
        caseId: party.caseId,
        actorId: grant.actor.userId,
        subjectId: party.id,
        before,
        data: { partyId: party.id, mailingAddress: party.mailingAddress },
      });
      return toPartyModel(party);
    });
  }
}
