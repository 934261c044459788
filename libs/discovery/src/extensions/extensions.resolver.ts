import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { SetCapabilities } from '../discovery-capabilities';
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
  @Access.to(SetCapabilities.EXTEND, 'input.setId')
  agreeExtension(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: AgreeExtensionInput,
  ): Promise<ExtensionModel> {
    return this.extensions.agree(grant, input);
  }
}
