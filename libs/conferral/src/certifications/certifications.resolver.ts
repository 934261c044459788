import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { DisputeCapabilities } from '../conferral-capabilities';
import { CertificationModel } from './certification.model';
import { CertificationsService } from './certifications.service';
import { CertifyGoodFaithInput } from './certify-good-faith.input';

@Resolver(() => CertificationModel)
export class CertificationsResolver {
  constructor(private readonly certifications: CertificationsService) {}

  @Mutation(() => CertificationModel, {
    description:
      'Certify that you conferred or attempted to confer in good faith (FRCP 37(a)(1)); fixes the records it relies on.',
  })
  @Access.to(DisputeCapabilities.CONFER, 'input.disputeId')
  certifyGoodFaith(
    @Granted() grant: Grant<'requesting' | 'responding'>,
    @Args('input') input: CertifyGoodFaithInput,
  ): Promise<CertificationModel> {
    return this.certifications.certify(grant, input);
  }
}
