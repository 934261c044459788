import { NoSchemaIntrospectionCustomRule, ValidationRule } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { AppConfig } from '../config/app-config';

/** Depth, alias and cost caps on every operation (ARCHITECTURE.md, habit 4), as validation rules. */
export function queryLimitRules(config: AppConfig['graphql']): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: config.maxDepth, exposeLimits: true }) as unknown as ValidationRule,
    maxAliasesRule({ n: config.maxAliases, exposeLimits: true }) as unknown as ValidationRule,
    costLimitRule({ maxCost: config.maxCost, exposeLimits: true }) as unknown as ValidationRule,
  ];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
