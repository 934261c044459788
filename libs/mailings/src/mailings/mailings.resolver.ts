import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Actor, CurrentActor, Grant, Granted, ListArgs, SystemRole } from '@parley/platform';
import { MailingCapabilities } from '../mailing-capabilities';
import { MailingModel } from './mailing.model';
import { MailingsService } from './mailings.service';
import { MarkMailedInput } from './mark-mailed.input';

@Resolver(() => MailingModel)
export class MailingsResolver {
  constructor(private readonly service: MailingsService) {}

  @Query(() => [MailingModel], {
    description:
      'What your party must print and mail to parties not on Parley, newest first; those not yet mailed have no mailedOn.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  mailings(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
  ): Promise<MailingModel[]> {
    return this.service.list(grant, page);
  }

  @Query(() => [MailingModel], {
    description:
      'What your court must print and mail: its orders to parties not on Parley, newest first; court staff only.',
  })
  @Access.roles(SystemRole.COURT_STAFF)
  courtMailings(@CurrentActor() actor: Actor, @Args() page: ListArgs): Promise<MailingModel[]> {
    return this.service.forCourt(actor, page);
  }

  @Mutation(() => MailingModel, {
    description:
      'Record the day a mailing went in the mail: its certificate of service is dated that day. Mailed after the day the paper was served, what runs from service runs from the mailing (FRCP 5(b)(2)(C)).',
  })
  @Access.to(MailingCapabilities.MARK_MAILED, 'input.mailingId')
  markMailed(
    @Granted() grant: Grant<'sender'>,
    @Args('input') input: MarkMailedInput,
  ): Promise<MailingModel> {
    return this.service.markMailed(grant, input);
  }
}
