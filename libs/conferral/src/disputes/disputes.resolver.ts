import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Grant, Granted, ListArgs } from '@parley/platform';
import { DisputeCapabilities } from '../conferral-capabilities';
import { LettersByMailService } from '../letters/letters-by-mail.service';
import { OpenDisputeInput, RecordDisputeLetterInput, ResolveDisputeInput } from './dispute.inputs';
import { DisputeModel } from './dispute.model';
import { DisputesService } from './disputes.service';

@Resolver(() => DisputeModel)
export class DisputesResolver {
  constructor(
    private readonly service: DisputesService,
    private readonly lettersByMail: LettersByMailService,
  ) {}

  @Mutation(() => DisputeModel, {
    description:
      'Dispute served items of one responding party, once answered or past their date; the parties then meet and confer.',
  })
  @Access.to(DisputeCapabilities.OPEN, 'input.itemIds.0')
  openDispute(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: OpenDisputeInput,
  ): Promise<DisputeModel> {
    return this.service.open(grant, input);
  }

  @Mutation(() => DisputeModel, {
    description:
      'Enter a letter by which a party not on Parley disputes the answers to requests it served (or their absence), from its scan (POST /documents): the dispute opens on its behalf over the items it names, and the letter counts toward a letter exchange, dated the day it was mailed.',
  })
  @Access.to(DisputeCapabilities.OPEN_BY_LETTER, 'input.itemIds.0')
  recordDisputeLetter(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: RecordDisputeLetterInput,
  ): Promise<DisputeModel> {
    return this.lettersByMail.openByLetter(grant, input);
  }

  @Query(() => DisputeModel, {
    nullable: true,
    description: 'NOT_FOUND alike for a missing dispute and one you cannot see.',
  })
  @Access.to(DisputeCapabilities.READ, 'id')
  dispute(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<DisputeModel> {
    return this.service.get(grant);
  }

  @Query(() => [DisputeModel], { description: 'The case’s disputes, newest first.' })
  @Access.to(CaseCapabilities.READ, 'caseId')
  disputes(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
  ): Promise<DisputeModel[]> {
    return this.service.list(grant, page);
  }

  @Mutation(() => DisputeModel, {
    description:
      'Record what the parties agreed; optionally a date to supplement by. The moving (requesting) side’s resolution closes the dispute; the responding side’s is a proposal (pendingResolution) until the moving side accepts it with acceptResolution.',
  })
  @Access.to(DisputeCapabilities.CONFER, 'input.disputeId')
  resolveDispute(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: ResolveDisputeInput,
  ): Promise<DisputeModel> {
    return this.service.resolve(grant, input);
  }

  @Mutation(() => DisputeModel, {
    description:
      'The moving side accepts the responding side’s proposed resolution, on its terms: the dispute is resolved.',
  })
  @Access.to(DisputeCapabilities.ACCEPT_RESOLUTION, 'proposalId')
  acceptResolution(
    @Granted() grant: Grant<'requesting' | 'responding' | 'proposer'>,
    @Args('proposalId', { type: () => ID }) _proposalId: string,
  ): Promise<DisputeModel> {
    return this.service.acceptResolution(grant);
  }

  @Mutation(() => DisputeModel, { description: 'The moving side that opened it drops it.' })
  @Access.to(DisputeCapabilities.WITHDRAW, 'disputeId')
  withdrawDispute(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('disputeId', { type: () => ID }) _disputeId: string,
  ): Promise<DisputeModel> {
    return this.service.withdraw(grant);
  }
}
