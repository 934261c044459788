import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/app-error';
import { findTextProblems } from './argument-text';
import { documentShapeProblem, isParsedDocument } from './document-shape';
import { operationCost } from './query-cost';

type Variables = Record<string, unknown> | undefined;

const operationsOf = (document: DocumentNode) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/**
 * The checks every GraphQL request passes before anything of it runs (no guard, resolver or SQL), as
 * mercurius hooks: one place for every operation. The text's size and nesting before parsing; that
 * the document came from the parser; then, with the variables (which validation rules never see),
 * the characters of every text argument and the operation's cost. Every operation of the document is
 * checked, as validation checks them, so the request's operationName need not be dug out here.
 */
export function graphqlRequestHooks(limits: Pick<AppConfig['graphql'], 'maxTokens' | 'maxCost'>) {
  return {
    preParsing(_schema: GraphQLSchema, source: string): void {
      const problem = typeof source === 'string' ? documentShapeProblem(source, limits.maxTokens) : null;
      if (problem) throw new BadInputError(problem);
    },

    preValidation(_schema: GraphQLSchema, document: DocumentNode): void {
      if (!isParsedDocument(document))
        throw new BadInputError(
          'Send the query as GraphQL text in `query` (a JSON syntax tree is not accepted).',
        );
    },

    preExecution(
      schema: GraphQLSchema,
      document: DocumentNode,
      _context: unknown,
      variables: Variables,
    ): void {
      const operations = operationsOf(document);
      const problems = operations.flatMap((o) => findTextProblems(schema, document, o, variables));
      if (problems.length) {
        const messages = problems.map((p) => p.message);
        // `problems` as the validation pipe lists them; `fields` for a form to mark.
        throw new BadInputError(messages.join(' '), {
          problems: messages,
          fields: [...new Set(problems.map((p) => p.field))],
        });
      }
      for (const operation of operations) {
        const cost = Math.ceil(operationCost(document, operation, variables));
        if (cost > limits.maxCost)
          throw new BadInputError(
            `This query costs ${cost}, more than the limit of ${limits.maxCost}: ask for fewer items (first) or fewer fields, or split it into several requests.`,
            { cost, maxCost: limits.maxCost },
          );
      }
    },
  };
}
