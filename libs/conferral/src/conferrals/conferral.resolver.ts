import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import {
  AnswerConferenceRequestInput,
  ContestConferenceInput,
  LogConferenceInput,
  RequestConferenceInput,
  SendLetterInput,
} from './conferral.inputs';
import { ConferralEventModel, ConferralRequestModel } from './conferral.models';
import { ConferralService } from './conferral.service';

@Resolver()
export class ConferralResolver {
  constructor(private readonly conferral: ConferralService) {}

  @Mutation(() => ConferralRequestModel, {
    description: 'Ask the other side to confer, proposing times and a mode.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  requestConference(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestConferenceInput,
  ): Promise<ConferralRequestModel> {
    return this.conferral.requestConference(actor, input);
  }

  @Mutation(() => ConferralRequestModel, {
    description: 'Accept one of the proposed times, counter with others, or decline.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  answerConferenceRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: AnswerConferenceRequestInput,
  ): Promise<ConferralRequestModel> {
    return this.conferral.answerRequest(actor, input);
  }

  @Mutation(() => ConferralEventModel, {
    description: 'Record a conference held; the other side then confirms or contests it.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  logConference(
    @CurrentActor() actor: Actor,
    @Args('input') input: LogConferenceInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.logConference(actor, input);
  }

  @Mutation(() => ConferralEventModel, { description: 'Confirm the other side’s record of a conference.' })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  confirmConference(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, new IdPipe('eventId')) eventId: string,
  ): Promise<ConferralEventModel> {
    return this.conferral.confirm(actor, eventId);
  }

  @Mutation(() => ConferralEventModel, {
    description: 'Contest the other side’s record of a conference, saying what it gets wrong.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  contestConference(
    @CurrentActor() actor: Actor,
    @Args('input') input: ContestConferenceInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.contest(actor, input);
  }

  @Mutation(() => ConferralEventModel, {
    description: 'Send a letter or email to the other side through Parley; both keep a copy.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  sendLetter(
    @CurrentActor() actor: Actor,
    @Args('input') input: SendLetterInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.sendLetter(actor, input);
  }
}
