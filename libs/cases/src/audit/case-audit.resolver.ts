import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuditConnection, AuditReader, AuditService, AuditVerificationModel } from '@parley/audit';
import { Access, Grant, Granted, PageArgs } from '@parley/platform';
import { CaseCapabilities } from '../access/case-capabilities';
import { CaseDirectory } from '../cases/case-directory';

/**
 * A case's audit trail, for anyone who may see the case (DOMAIN.md: any of them can verify it): the
 * case's chain and the reader's own parties' private chains, nothing of another party's private work.
 */
@Resolver()
export class CaseAuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly directory: CaseDirectory,
  ) {}

  @Query(() => AuditConnection, {
    description: 'Every change to the case you may see (the case’s and your party’s own), oldest first.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  async auditTrail(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<AuditConnection> {
    return this.audit.page(grant.caseId, await this.reader(grant), first, after);
  }

  @Query(() => AuditVerificationModel, {
    description: 'Recomputes the case’s hash chain and your party’s own, and says where one breaks.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  async verifyAuditChain(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
  ): Promise<AuditVerificationModel> {
    return this.audit.verify(grant.caseId, await this.reader(grant));
  }

  private async reader(grant: Grant): Promise<AuditReader> {
    const partyIds = grant.myPartyIds;
    return { partyIds, colleagueIds: await this.directory.memberUserIds(partyIds) };
  }
}
