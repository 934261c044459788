import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SetCapabilities } from '@parley/discovery';
import { Access, Grant, Granted } from '@parley/platform';
import { PrivilegeLogCapabilities } from '../production-capabilities';
import { AddPrivilegeLogEntryInput, ServePrivilegeLogInput } from './privilege-log.inputs';
import { PrivilegeLogEntryModel, PrivilegeLogModel } from './privilege-log.model';
import { PrivilegeLogService } from './privilege-log.service';

@Resolver()
export class PrivilegeLogResolver {
  constructor(private readonly logs: PrivilegeLogService) {}

  @Mutation(() => PrivilegeLogEntryModel, {
    description:
      'Log a document withheld from a Rule 34 set on a claim of privilege (FRCP 26(b)(5)(A)): a draft entry, private to your party until the log is served.',
  })
  @Access.to(PrivilegeLogCapabilities.ADD, 'input.setId')
  addPrivilegeLogEntry(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: AddPrivilegeLogEntryInput,
  ): Promise<PrivilegeLogEntryModel> {
    return this.logs.add(grant, input);
  }

  @Mutation(() => Boolean, { description: 'Take a draft entry off the log; a served entry stays.' })
  @Access.to(PrivilegeLogCapabilities.REMOVE, 'id')
  removePrivilegeLogEntry(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<boolean> {
    return this.logs.remove(grant);
  }

  @Mutation(() => PrivilegeLogModel, {
    description:
      'Serve the draft entries of your party’s privilege log for a set: the log, or its next supplement (PDF and CSV).',
  })
  @Access.to(PrivilegeLogCapabilities.SERVE, 'input.setId')
  servePrivilegeLog(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: ServePrivilegeLogInput,
  ): Promise<PrivilegeLogModel> {
    return this.logs.serve(grant, input);
  }

  @Query(() => [PrivilegeLogEntryModel], {
    description: 'A Rule 34 set’s privilege log entries you may see: served ones, and your party’s drafts.',
  })
  @Access.to(SetCapabilities.READ, 'setId')
  privilegeLogEntries(
    @Granted() grant: Grant,
    @Args('setId', { type: () => ID }) _setId: string,
  ): Promise<PrivilegeLogEntryModel[]> {
    return this.logs.entriesOfSet(grant);
  }

  @Query(() => [PrivilegeLogModel], {
    description: 'A Rule 34 set’s privilege logs as served, first to last.',
  })
  @Access.to(SetCapabilities.READ, 'setId')
  privilegeLogs(
    @Granted() grant: Grant,
    @Args('setId', { type: () => ID }) _setId: string,
  ): Promise<PrivilegeLogModel[]> {
    return this.logs.logsOfSet(grant);
  }

  @Query(() => PrivilegeLogEntryModel, {
    nullable: true,
    description: 'A log entry: the parties once served; the court while a dispute over it is before it.',
  })
  @Access.to(PrivilegeLogCapabilities.READ_ENTRY, 'id')
  privilegeLogEntry(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<PrivilegeLogEntryModel> {
    return this.logs.entry(grant);
  }
}
