import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOCUMENT_COLUMNS, documentFromRow, DocumentModel, DocumentRow } from '@parley/documents';
import { GraphQLContext, groupByKeys, queryRows } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { EscalationModel } from './escalation.model';

type ScanRow = DocumentRow & { dispute_id: string };

/**
 * The scans among the papers an escalation sets out (a request, an answer or a letter that came by
 * mail from a party not on Parley): whoever reads the escalation may read these (the documents
 * policy's court reach is the same condition), at GET /documents/{id}.
 */
@Resolver(() => EscalationModel)
export class EscalationScansResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [DocumentModel], {
    description: 'Scans of papers in this dispute that came by mail (GET /documents/{id}), oldest first.',
  })
  scans(@Parent() escalation: EscalationModel, @Context() context: GraphQLContext): Promise<DocumentModel[]> {
    return context.loaders
      .get(this, () => new DataLoader<string, DocumentModel[]>((ids) => this.scansOf(ids)))
      .load(escalation.disputeId);
  }

  /** One statement for every escalation of a docket page. */
  private async scansOf(disputeIds: readonly string[]): Promise<DocumentModel[][]> {
    const rows = await queryRows<ScanRow>(
      this.dataSource.manager,
      `SELECT p.dispute_id, ${DOCUMENT_COLUMNS}
         FROM (SELECT ce.dispute_id, ce.scan_document_id AS document_id FROM conferral_events ce
                WHERE ce.dispute_id = ANY($1::uuid[])
               UNION
               SELECT di.dispute_id, s.scan_document_id FROM dispute_items di JOIN discovery_sets s ON s.id = di.set_id
                WHERE di.dispute_id = ANY($1::uuid[])
               UNION
               SELECT di.dispute_id, r.scan_document_id FROM dispute_items di
                 JOIN discovery_responses r ON r.set_id = di.set_id
                WHERE di.dispute_id = ANY($1::uuid[])
               UNION
               -- A motion mailed to the court that this escalation is (issue 16).
               SELECT e.dispute_id, pf.scan_document_id FROM paper_filings pf JOIN escalations e ON e.id = pf.escalation_id
                WHERE e.dispute_id = ANY($1::uuid[])) p
         JOIN documents d ON d.id = p.document_id
        ORDER BY d.uploaded_at, d.id`,
      [disputeIds],
    );
    return groupByKeys(disputeIds, rows, (r) => r.dispute_id).map((scans) => scans.map(documentFromRow));
  }
}
