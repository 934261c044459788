import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext } from '@parley/platform';
import DataLoader from 'dataloader';
import { CourtModel } from './court.model';
import { CourtsService } from './courts.service';

/** Batches court look-ups within one request (Case.court on a page of cases is one query). */
@Injectable()
export class CourtLoader {
  constructor(private readonly courts: CourtsService) {}

  load(context: GraphQLContext, id: string): Promise<CourtModel | null> {
    return context.loaders
      .get(
        this,
        () =>
          new DataLoader<string, CourtModel | null>(async (ids) =>
            byKeys(ids, await this.courts.findByIds(ids), (c) => c.id),
          ),
      )
      .load(id);
  }
}
