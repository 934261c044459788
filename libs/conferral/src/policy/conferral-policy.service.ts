import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseCapability, PartyEntity } from '@parley/cases';
import { Actor, Clock } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ConferralPolicyEntity } from './conferral-policy.entity';
import { ConferralPolicyModel } from './conferral-policy.model';
import { SetConferralPolicyInput } from './set-conferral-policy.input';

/** Whether letters count as conferral in a case: its scheduling order, or the default of DOMAIN.md. */
@Injectable()
export class ConferralPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async effective(
    caseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferralPolicyModel> {
    const set = await manager.findOneBy(ConferralPolicyEntity, { caseId });
    if (set) return { caseId, lettersQualify: set.lettersQualify, source: set.source, isDefault: false };
    const prisoner = await manager.existsBy(PartyEntity, { caseId, proSe: true, incarcerated: true });
    return {
      caseId,
      lettersQualify: prisoner,
      source: prisoner
        ? 'Default: a party is pro se and incarcerated, so an exchange of letters may serve as conferral.'
        : 'Default: conferral is by direct dialogue.',
      isDefault: true,
    };
  }

  async get(actor: Actor, caseId: string): Promise<ConferralPolicyModel> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    return this.effective(caseId);
  }

  set(actor: Actor, input: SetConferralPolicyInput): Promise<ConferralPolicyModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(actor, input.caseId, CaseCapability.RECORD_CASE_ORDER, { manager });
      const before = await this.effective(input.caseId, manager);
      await manager.save(
        manager.create(ConferralPolicyEntity, {
          caseId: input.caseId,
          lettersQualify: input.lettersQualify,
          source: input.source,
          setById: actor.userId,
          setAt: this.clock.now(),
        }),
      );
      await this.audit.append(manager, {
        caseId: input.caseId,
        actorId: actor.userId,
        action: 'CONFERRAL_POLICY_SET',
        subjectType: 'Case',
        subjectId: input.caseId,
        before: { lettersQualify: before.lettersQualify, source: before.source },
        after: { lettersQualify: input.lettersQualify, source: input.source },
      });
      return {
        caseId: input.caseId,
        lettersQualify: input.lettersQualify,
        source: input.source,
        isDefault: false,
      };
    });
  }
}
