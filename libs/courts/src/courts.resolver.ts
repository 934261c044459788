import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, SystemRole } from '@parley/platform';
import { CourtModel } from './court.model';
import { CourtsService } from './courts.service';
import { CreateCourtInput } from './create-court.input';

@Resolver(() => CourtModel)
export class CourtsResolver {
  constructor(private readonly service: CourtsService) {}

  @Mutation(() => CourtModel, { description: 'Admins only.' })
  @Access.roles(SystemRole.ADMIN)
  createCourt(@Args('input') input: CreateCourtInput): Promise<CourtModel> {
    return this.service.create(input);
  }

  @Query(() => [CourtModel], {
    description: 'Every court on this installation (pick one to open a case in).',
  })
  @Access.signedIn()
  courts(): Promise<CourtModel[]> {
    return this.service.list();
  }
}
