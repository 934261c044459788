import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuditConnection, AuditService, AuditVerificationModel } from '@parley/audit';
import { Access, Actor, CurrentActor, IdPipe, PageArgs } from '@parley/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseCapability } from '../access/case-capability';

/** A case's audit chain, for anyone who may see the case (DOMAIN.md: any of them can verify it). */
@Resolver()
export class CaseAuditResolver {
  constructor(
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AuditConnection, { description: 'Every change to the case, oldest first.' })
  @Access.case(CaseCapability.READ)
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<AuditConnection> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    return this.audit.page(caseId, first, after);
  }

  @Query(() => AuditVerificationModel, {
    description: 'Recomputes the case’s hash chain and says where it breaks, if anywhere.',
  })
  @Access.case(CaseCapability.READ)
  async verifyAuditChain(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, new IdPipe('caseId')) caseId: string,
  ): Promise<AuditVerificationModel> {
    await this.access.require(actor, caseId, CaseCapability.READ);
    return this.audit.verify(caseId);
  }
}
