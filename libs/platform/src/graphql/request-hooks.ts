import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/app-error';
import { findTextProblems } from './argument-text';
import { documentShapeProblem, isParsedDocument } from './document-shape';
import { operationCost } from './query-cost';

type Variables = Record<string, unknown> | undefined;

/** How many query texts that passed are remembered (then forgotten all at once). */
const MOST_REMEMBERED = 1_000;

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
  // Texts already found within the limits: clients send the same few queries again and again (as
  // mercurius's parse cache knows), and reading one's tokens again was most of what the check cost.
  const passed = new Set<string>();
  return {
    preParsing(_schema: GraphQLSchema, source: string): void {
      if (typeof source !== 'string' || passed.has(source)) return;
      const problem = documentShapeProblem(source, limits.maxTokens);
      if (problem) throw new BadInputError(problem);
      if (passed.size >= MOST_REMEMBERED) passed.clear();
      passed.add(source);
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
