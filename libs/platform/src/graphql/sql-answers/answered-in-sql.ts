import { SetMetadata } from '@nestjs/common';
import {
  getNamedType,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInt,
  GraphQLOutputType,
  GraphQLString,
  SelectionSetNode,
} from 'graphql';
import { Actor } from '../../auth/actor';
import { CalendarDateScalar } from '../date.scalar';

/** What a query's answer in SQL is built from: who asks, about which subject, and what they ask for. */
export interface SqlAnswerRead {
  readonly actor: Actor;
  /** The subject the query's access rule decides on, a lowercased UUID. */
  readonly subjectId: string;
  readonly now: Date;
  /** The root field's own selection (its subfields). */
  readonly selection: SelectionSetNode;
  /** The read's parameters, numbered from $1: the builder pushes its own. */
  readonly parameters: unknown[];
}

/**
 * A root field's whole answer as one scalar subquery giving compact JSON text (compact-json.ts), read
 * through the policy's visibility SQL as the resolver reads; null when the selection asks for what
 * only the resolvers answer.
 */
export type SqlAnswerBuilder = (read: SqlAnswerRead) => string | null;

export const SQL_ANSWER_METADATA = 'parley:sql-answer';

/**
 * Marks a query (declared Access.toRead) whose answer PostgreSQL can build whole: a request made only
 * of such fields, by a signed-in reader the policy lets read, is then answered with one statement's
 * text and none of the resolvers (SqlAnswerer). The resolver stays the answer for everything else,
 * and the two must agree byte for byte (test/sql-answers.e2e-spec.ts).
 */
export const AnsweredInSql = (build: SqlAnswerBuilder) => SetMetadata(SQL_ANSWER_METADATA, build);

const AS_JSON = new Set<unknown>([GraphQLID, GraphQLString, GraphQLBoolean, GraphQLInt]);

/**
 * Whether GraphQL answers a value of this type exactly as PostgreSQL's to_json writes its column:
 * ids, strings, booleans and integers as they are, calendar days as their YYYY-MM-DD text, and enums
 * whose every value is its own name. Not instants (JSON from SQL has no milliseconds' `Z`), nor
 * floats (PostgreSQL's numbers are not JavaScript's).
 */
export function answeredAsJson(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (AS_JSON.has(named) || named === CalendarDateScalar) return true;
  if (named instanceof GraphQLEnumType) return named.getValues().every((v) => v.value === v.name);
  return false;
}
