import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules', '**/dist', '**/coverage', 'reports', '.nx', 'tmp'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // The layering of ARCHITECTURE.md, enforced: apps → domain libs → platform / rules;
      // rules imports nothing of ours; the schema project (migrations) gathers the domain entities.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The end-to-end suites boot the apps in-process through these entry points.
          allow: ['@parley/api', '@parley/worker'],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:rules', 'type:schema'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:app',
                'type:domain',
                'type:platform',
                'type:rules',
                'type:schema',
              ],
            },
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:domain', 'type:platform'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:rules'],
            },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:rules', onlyDependOnLibsWithTags: [] },
            // ARCHITECTURE.md, "The web app": a client of the public API and nothing else.
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          // ARCHITECTURE.md, "The one door": each lib owns its tables; others ask its exported service.
          selector: 'ImportDeclaration[source.value=/^@parley\\//] ImportSpecifier[imported.name=/Entity$/]',
          message:
            "Another lib's entity: ask that lib's exported service (CaseDirectory, DiscoveryReader, …) instead.",
        },
        {
          // Grants come from the one door alone; anything else could hand a service a forged decision.
          selector: "CallExpression[callee.object.name='Grant'][callee.property.name='issue']",
          message: 'Only the access enforcer issues grants.',
        },
        {
          // A read access lets a resolver run before its decision; the guard alone pairs it with one.
          selector: "CallExpression[callee.object.name='ReadAccess'][callee.property.name='issue']",
          message: 'Only the access guard issues read access.',
        },
      ],
    },
  },
  {
    files: ['libs/cases/src/access/access-enforcer.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read GraphQL responses loosely; the assertions are the types there.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
