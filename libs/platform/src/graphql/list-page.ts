import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, isUUID, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { StatementTexts } from '../database/statement-texts';
import { textList } from './sql-answers/compact-json';
import { BadInputError } from '../errors/app-error';
import { MAX_PAGE_SIZE } from './pagination';
import { TextLimit } from './text-limits';

/** Pages of lists written in SQL, by the list, the projection, the order and where `after` falls. */
const PAGES = new StatementTexts();

export const DEFAULT_LIST_SIZE = 50;

/**
 * Bounds for list queries that keep a plain list type (API.md: discoverySets, disputes, deadlines,
 * discoveryOrders, courtDocket): at most `first` items after the one whose id is `after`.
 */
/** How many items a plain list returns; lists add the `after` their order needs. */
@ArgsType()
export class ListSizeArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_LIST_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;
}

@ArgsType()
export class ListArgs extends ListSizeArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The id of the last item of the previous page: the list goes on after it.',
  })
  @IsOptional()
  @MaxLength(TextLimit.ID)
  after?: string;
}

/**
 * Runs a list query in a fixed order (the given columns, then id, all one direction), from just after
 * the item `after` names, at most `first` rows. The item `after` names is looked up within the list's
 * own filter, so an id the caller may not see, or of another list, starts nowhere: an empty page that
 * says nothing of where that row would sort.
 */
export async function pageOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { first = DEFAULT_LIST_SIZE, after }: ListArgs,
  alias: string,
  columns: readonly string[],
  direction: 'ASC' | 'DESC',
): Promise<T[]> {
  const keys = [...columns.map((c) => `${alias}.${c}`), `${alias}.id`];
  if (after !== undefined) {
    if (!isUUID(after)) throw new BadInputError('after must be the id of an item of the previous page.');
    const inList = query.clone().select(`${alias}.id`).getQuery();
    const table = query.expressionMap.mainAlias?.metadata.tableName;
    const inner = [...columns, 'id'].map((c) => `page_after.${c}`).join(', ');
    query.andWhere(
      `(${keys.join(', ')}) ${direction === 'ASC' ? '>' : '<'} (SELECT ${inner} FROM ${table} page_after WHERE page_after.id = :pageAfter AND page_after.id IN (${inList}))`,
      { pageAfter: after.toLowerCase() },
    );
  }
  for (const [i, key] of keys.entries()) {
    if (i === 0) query.orderBy(key, direction);
    else query.addOrderBy(key, direction);
  }
  return query.limit(first).getMany();
}

/**
 * pageOf for a read written in SQL (readJson): the same order, the same `after`, as a scalar subquery
 * giving the page as a JSON array. `listed` selects the list's rows (`SELECT x.* FROM … WHERE …`,
 * its filter included) with `parameters`, which this extends; `fields` builds one row's JSON object
 * from the alias `l`. `as: 'text'` gives the page as compact JSON text instead, `fields` then being
 * each row's JSON text (compact-json.ts): a request answered whole in SQL (sql-answers).
 */
export function jsonPage(
  listed: string,
  parameters: unknown[],
  fields: string,
  columns: readonly string[],
  direction: 'ASC' | 'DESC',
  { first = DEFAULT_LIST_SIZE, after }: ListArgs,
  as: 'json' | 'text' = 'json',
): string {
  const offset = parameters.length;
  if (after !== undefined) {
    if (!isUUID(after)) throw new BadInputError('after must be the id of an item of the previous page.');
    parameters.push(after.toLowerCase());
  }
  const limit = parameters.push(first);
  return PAGES.text([listed, fields, direction, offset, after !== undefined, as, ...columns], () => {
    const keys = [...columns, 'id'];
    const order = keys.map((k) => `l.${k} ${direction}`).join(', ');
    let from = 'listed l';
    if (after !== undefined) {
      // Looked up within the list itself: an id of another list, or unseen, starts nowhere.
      from += ` WHERE (${keys.map((k) => `l.${k}`).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (SELECT ${keys.map((k) => `a.${k}`).join(', ')} FROM listed a WHERE a.id = $${offset + 1}::uuid)`;
    }
    const page =
      as === 'json' ? `coalesce(json_agg(${fields} ORDER BY ${order}), '[]'::json)` : textList(fields, order);
    return `WITH listed AS (${listed})
    SELECT ${page}
      FROM (SELECT l.* FROM ${from} ORDER BY ${order} LIMIT $${limit}::int) l`;
  });
}
