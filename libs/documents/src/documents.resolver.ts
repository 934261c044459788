import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { DocumentCapabilities } from './document-capabilities';
import { DocumentModel } from './document.model';
import { DocumentsService } from './documents.service';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Query(() => DocumentModel, {
    nullable: true,
    description:
      'A document of one of your cases; its bytes at GET /documents/{id}. Upload with POST /documents.',
  })
  @Access.to(DocumentCapabilities.READ, 'id')
  document(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<DocumentModel> {
    return this.documents.find(grant);
  }
}
