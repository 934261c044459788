import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted } from '@parley/platform';
import { CourtCapabilities } from '../account-capabilities';
import { CreateCourtStaffInput } from './create-court-staff.input';
import { UpdateSignerProfileInput } from './signer-profile';
import { toOwnUserModel, toUserModel, UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  @Access.signedIn()
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return toOwnUserModel(await this.users.get(actor.userId));
  }

  @Mutation(() => UserModel, {
    description:
      'Your name and what identifies you on papers you sign (N.D. Cal. Civil L.R. 3-4(a)(1)): address, telephone, and for counsel firm and bar number. Omitted fields stay; null clears one.',
  })
  @Access.signedIn()
  async updateSignerProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSignerProfileInput,
  ): Promise<UserModel> {
    return toOwnUserModel(await this.users.updateSignerProfile(actor, input));
  }

  @Mutation(() => UserModel, {
    description:
      'An account for a judge’s chambers or the clerk of one court: by an admin for the court’s first account, then by that court’s staff.',
  })
  @Access.to(CourtCapabilities.ADD_STAFF, 'input.courtId')
  async createCourtStaff(
    @Granted() grant: Grant,
    @Args('input') input: CreateCourtStaffInput,
  ): Promise<UserModel> {
    return toUserModel(await this.users.createCourtStaff(grant, input));
  }

  @Query(() => [UserModel], { description: 'The staff accounts of your court, oldest first.' })
  @Access.to(CourtCapabilities.READ_STAFF, 'courtId')
  async courtStaff(
    @Granted() grant: Grant,
    @Args('courtId', { type: () => ID }) _courtId: string,
  ): Promise<UserModel[]> {
    return (await this.users.courtStaff(grant)).map(toUserModel);
  }
}
