import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = 'apps/api/schema.gql';

const HEADER = '# Generated from the code-first resolvers by `npm run schema`. Do not edit.\n\n';

/** The public schema as committed in apps/api/schema.gql. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
