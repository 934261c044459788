import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor } from '@parley/platform';
import { AgreeExtensionInput } from './agree-extension.input';
import { ExtensionModel } from './extension.model';
import { ExtensionsService } from './extensions.service';

@Resolver(() => ExtensionModel)
export class ExtensionsResolver {
  constructor(private readonly extensions: ExtensionsService) {}

  @Mutation(() => ExtensionModel, {
    description:
      'Propose or agree a new response date (FRCP 29(b)); the second side giving the same date makes it take effect.',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  agreeExtension(
    @CurrentActor() actor: Actor,
    @Args('input') input: AgreeExtensionInput,
  ): Promise<ExtensionModel> {
    return this.extensions.agree(actor, input);
  }
}
