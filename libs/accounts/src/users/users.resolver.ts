import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted } from '@parley/platform';
import { CourtCapabilities } from '../account-capabilities';
import { CreateCourtStaffInput } from './create-court-staff.input';
import { toUserModel, UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  @Access.signedIn()
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return toUserModel(await this.users.get(actor.userId));
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
