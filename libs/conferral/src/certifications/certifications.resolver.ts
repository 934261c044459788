import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor } from '@parley/platform';
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
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  certifyGoodFaith(
    @CurrentActor() actor: Actor,
    @Args('input') input: CertifyGoodFaithInput,
  ): Promise<CertificationModel> {
    return this.certifications.certify(actor, input);
  }
}
