import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, SystemRole } from '@parley/platform';
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
    description: 'Admins only: an account for a judge’s chambers or the clerk of one court.',
  })
  @Access.roles(SystemRole.ADMIN)
  async createCourtStaff(@Args('input') input: CreateCourtStaffInput): Promise<UserModel> {
    return toUserModel(await this.users.createCourtStaff(input));
  }
}
