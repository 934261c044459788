import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { DisputeCapabilities } from '../conferral-capabilities';
import {
  AnswerConferenceRequestInput,
  ContestConferenceInput,
  LogConferenceInput,
  RecordLetterInput,
  RecordNoShowInput,
  RequestConferenceInput,
  SendLetterInput,
} from './conferral.inputs';
import { ConferralEventModel, ConferralRequestModel } from './conferral.models';
import { ConferralService } from './conferral.service';
import { LettersByMailService } from '../letters/letters-by-mail.service';
import { NoShowService } from './no-show.service';

@Resolver()
export class ConferralResolver {
  constructor(
    private readonly conferral: ConferralService,
    private readonly noShows: NoShowService,
    private readonly lettersByMail: LettersByMailService,
  ) {}

  @Mutation(() => ConferralRequestModel, {
    description: 'Ask the other side to confer, proposing times and a mode.',
  })
  @Access.to(DisputeCapabilities.CONFER, 'input.disputeId')
  requestConference(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: RequestConferenceInput,
  ): Promise<ConferralRequestModel> {
    return this.conferral.requestConference(grant, input);
  }

  @Mutation(() => ConferralRequestModel, {
    description: 'Accept one of the proposed times, counter with others, or decline.',
  })
  @Access.to(DisputeCapabilities.ANSWER_REQUEST, 'input.requestId')
  answerConferenceRequest(
    @Granted() grant: Grant<'requester' | 'recipient'>,
    @Args('input') input: AnswerConferenceRequestInput,
  ): Promise<ConferralRequestModel> {
    return this.conferral.answerRequest(grant, input);
  }

  @Mutation(() => ConferralEventModel, {
    description: 'Record a conference held; the other side then confirms or contests it.',
  })
  @Access.to(DisputeCapabilities.CONFER, 'input.disputeId')
  logConference(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: LogConferenceInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.logConference(grant, input);
  }

  @Mutation(() => ConferralEventModel, {
    description:
      'Confirm the other side’s record of a conference, or of your absence; allowed until your part of the joint letter is due.',
  })
  @Access.to(DisputeCapabilities.ANSWER_RECORD, 'eventId')
  confirmConference(
    @Granted() grant: Grant<'recorder' | 'other'>,
    @Args('eventId', { type: () => ID }) _eventId: string,
  ): Promise<ConferralEventModel> {
    return this.conferral.confirm(grant);
  }

  @Mutation(() => ConferralEventModel, {
    description:
      'Contest the other side’s record of a conference, or of your absence, saying what it gets wrong; the court’s packet shows it.',
  })
  @Access.to(DisputeCapabilities.ANSWER_RECORD, 'input.eventId')
  contestConference(
    @Granted() grant: Grant<'recorder' | 'other'>,
    @Args('input') input: ContestConferenceInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.contest(grant, input);
  }

  @Mutation(() => ConferralEventModel, {
    description:
      'As the side that asked to confer, record that the other side did not attend a time it accepted or offered: your attempt to confer (FRCP 37(a)(1)); the other side may confirm or contest the record.',
  })
  @Access.to(DisputeCapabilities.RECORD_NO_SHOW, 'input.requestId')
  recordNoShow(
    @Granted() grant: Grant<'requester' | 'recipient'>,
    @Args('input') input: RecordNoShowInput,
  ): Promise<ConferralEventModel> {
    return this.noShows.record(grant, input);
  }

  @Mutation(() => ConferralEventModel, {
    description: 'Send a letter or email to the other side through Parley; both keep a copy.',
  })
  @Access.to(DisputeCapabilities.CONFER, 'input.disputeId')
  sendLetter(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: SendLetterInput,
  ): Promise<ConferralEventModel> {
    return this.conferral.sendLetter(grant, input);
  }

  @Mutation(() => ConferralEventModel, {
    description:
      'Enter a letter the other side, not on Parley, mailed about the dispute, from its scan (POST /documents): it counts toward a letter exchange as one sent in Parley, dated the day it was mailed.',
  })
  @Access.to(DisputeCapabilities.RECORD_LETTER, 'input.disputeId')
  recordLetter(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: RecordLetterInput,
  ): Promise<ConferralEventModel> {
    return this.lettersByMail.record(grant, input);
  }
}
