import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, isUUID, Max, MaxLength, Min } from 'class-validator';
import { BadInputError } from '../errors/app-error';
import { TextLimit } from './text-limits';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(TextLimit.TOKEN)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: the keyset position of a row, base64url-encoded. */
export function encodeCursor(position: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

type CursorPart = 'int' | 'uuid' | 'timestamp';

const cursorPartIsValid: Record<CursorPart, (value: unknown) => boolean> = {
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  uuid: (v) => typeof v === 'string' && isUUID(v),
  timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

/** Reads a cursor back, checking each part so a forged one is bad input, never a database error. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): Array<string | number> {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(position) &&
      position.length === shape.length &&
      position.every((value, i) => cursorPartIsValid[shape[i]](value))
    ) {
      return position;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('The cursor in "after" is not one this API gave out. Use a page\'s endCursor.');
}

/** Builds a page from rows fetched with limit first + 1 (the extra row only says there is more). */
export function toPage<R, T>(
  rows: R[],
  first: number,
  position: (row: R) => ReadonlyArray<string | number>,
  toNode: (row: R) => T,
): Page<T> {
  const visible = rows.slice(0, first);
  const edges = visible.map((row) => ({ cursor: encodeCursor(position(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
