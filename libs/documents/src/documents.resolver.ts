import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Grant, Granted, ListArgs } from '@parley/platform';
import { DocumentCapabilities } from './document-capabilities';
import { DocumentModel } from './document.model';
import { DocumentsService } from './documents.service';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(private readonly service: DocumentsService) {}

  @Query(() => DocumentModel, {
    nullable: true,
    description:
      'A document of one of your cases; its bytes at GET /documents/{id}. Upload with POST /documents.',
  })
  @Access.to(DocumentCapabilities.READ, 'id')
  document(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<DocumentModel> {
    return this.service.find(grant);
  }

  @Query(() => [DocumentModel], {
    description:
      'The files of a case you may see, newest first: your party’s own, and those shared as part of a paper served or filed. partyId: only that party’s.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  documents(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args('partyId', { type: () => ID, nullable: true }) partyId: string | null,
    @Args() page: ListArgs,
  ): Promise<DocumentModel[]> {
    return this.service.list(grant, partyId ?? null, page);
  }
}
