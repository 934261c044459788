import { InjectDataSource } from '@nestjs/typeorm';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DiscoveryItemModel } from '@parley/discovery';
import { GraphQLContext } from '@parley/platform';
import { DataSource } from 'typeorm';
import { batesRangeWords } from '../clawbacks/clawback-reads';
import { formatBates } from '../volume';
import { ItemProductionModel, ProducedRangeModel } from './item-production.model';

interface Row {
  item_id: string;
  production_id: string;
  volume: string;
  bates_prefix: string;
  first_bates: number;
  last_bates: number;
}

/** Ties each request of a Rule 34 set to the pages produced in answer to it and what was withheld. */
@Resolver(() => DiscoveryItemModel)
export class ItemProductionResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ItemProductionModel, {
    description:
      'For a request for production: the Bates ranges served in answer to it, and whether anything was withheld.',
  })
  production(
    @Parent() item: DiscoveryItemModel,
    @Context() context: GraphQLContext,
  ): Promise<ItemProductionModel> {
    return context.loaders
      .get(this.production, () => new DataLoader<string, ItemProductionModel>((ids) => this.load(ids)))
      .load(item.id);
  }

  /** Two statements for every request of the page, however many. */
  private async load(itemIds: readonly string[]): Promise<ItemProductionModel[]> {
    const ids = [...itemIds];
    const rows: Row[] = await this.dataSource.query(
      `SELECT pi.item_id, p.id AS production_id, p.volume, p.bates_prefix, pd.first_bates, pd.last_bates
         FROM production_items pi
         JOIN productions p ON p.id = pi.production_id AND p.status = 'SERVED'
         JOIN production_documents pd ON pd.production_id = pi.production_id AND pd.document_id = pi.document_id
        WHERE pi.item_id = ANY($1::uuid[])
        ORDER BY pi.item_id, p.bates_prefix, pd.first_bates`,
      [ids],
    );
    const withheld: Array<{ item_id: string; entries: number }> = await this.dataSource.query(
      `SELECT item_id, COUNT(*)::int AS entries
         FROM privilege_log_entries pe, unnest(pe.item_ids) AS item_id
        WHERE pe.set_id IN (SELECT i.set_id FROM discovery_items i WHERE i.id = ANY($1::uuid[]))
          AND pe.log_id IS NOT NULL AND item_id = ANY($1::uuid[])
        GROUP BY item_id`,
      [ids],
    );
    return ids.map((id) => {
      const mine = rows.filter((r) => r.item_id === id);
      const entries = withheld.find((w) => w.item_id === id)?.entries ?? 0;
      return {
        ranges: merged(mine),
        pages: distinctPages(mine),
        withheld: entries > 0,
        withheldEntries: entries,
      };
    });
  }
}

/** Pages produced, each once: a reproduced document's pages are the ones produced before. */
function distinctPages(rows: Row[]): number {
  const seen = new Set<string>();
  for (const r of rows) for (let n = r.first_bates; n <= r.last_bates; n++) seen.add(`${r.bates_prefix}${n}`);
  return seen.size;
}

/** Consecutive documents of one production read as one range, as a response cites them. */
function merged(rows: Row[]): ProducedRangeModel[] {
  const runs: Row[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last.production_id === row.production_id && last.last_bates + 1 === row.first_bates) {
      last.last_bates = row.last_bates;
    } else {
      runs.push({ ...row });
    }
  }
  return runs.map((r) => ({
    productionId: r.production_id,
    volume: r.volume,
    batesRange: batesRangeWords(
      formatBates(r.bates_prefix, r.first_bates),
      formatBates(r.bates_prefix, r.last_bates),
    ),
  }));
}
