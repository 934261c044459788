import { MercuriusDriverConfig } from '@nestjs/mercurius';
import {
  AppConfig,
  CalendarDateScalar,
  createErrorFormatter,
  createGraphQLContext,
  graphqlRequestHooks,
  queryLimitRules,
} from '@parley/platform';
import type { FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { SqlAnswerer } from './sql-answerer';

/**
 * Mercurius on Fastify, with graphql-jit compiling an operation after its first run (the faster path
 * of STACK.md). The schema is code-first and printed to apps/api/schema.gql by `npm run schema`.
 */
export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  answerer: SqlAnswerer,
): MercuriusDriverConfig {
  const checks = graphqlRequestHooks(config.graphql);
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: config.graphql.sandbox,
    jit: 1,
    context: createGraphQLContext,
    validationRules: queryLimitRules(config.graphql),
    // The token limit is also checked before parsing (request-hooks.ts); here it stops mercurius from
    // retrying an over-long text as a JSON syntax tree.
    graphql: { parseOptions: { maxTokens: config.graphql.maxTokens } },
    hooks: {
      ...checks,
      // Once a text passed every check, the plan for answering it in SQL (sql-answerer.ts).
      preExecution: (schema, document, context, variables) => {
        checks.preExecution(schema, document, context, variables);
        answerer.learn(schema, document, context as { req?: FastifyRequest });
      },
    },
    errorFormatter: createErrorFormatter({
      hideSuggestions: !config.graphql.introspection,
      logger: { error: (object, message) => logger.error(object, message) },
    }) as MercuriusDriverConfig['errorFormatter'],
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
    resolvers: { Date: CalendarDateScalar },
  };
}
