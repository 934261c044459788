import { NoSchemaIntrospectionCustomRule, ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { AppConfig } from '../config/app-config';

/**
 * Depth and alias caps on every operation (ARCHITECTURE.md, habit 4), as validation rules: they read
 * the document alone, so mercurius caches their verdict with it. The cost cap needs the request's
 * variables and runs in a hook instead (request-hooks.ts).
 */
export function queryLimitRules(config: AppConfig['graphql']): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: config.maxDepth, exposeLimits: true }) as unknown as ValidationRule,
    // armor lets `__typename` aliases through by default: 1,000 of them would pass uncounted.
    maxAliasesRule({ n: config.maxAliases, allowList: [], exposeLimits: true }) as unknown as ValidationRule,
  ];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
