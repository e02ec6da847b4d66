// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'scratch/**',
      'bench/.tmp/**',
      'src/graphql/generated/**',
      'src/client/generated/**',
      '**/*.cjs',
      'examples/**',
    ],
  },
  js.configs.recommended,
  { languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } } },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // The data and graph layers are pure: they describe work (steps, see src/graph/steps.ts) and
    // adapters (src/server, src/library) schedule it. No timers or event-loop scheduling here.
    files: ['src/graph/**', 'src/dataset/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearImmediate', 'clearTimeout', 'clearInterval'].map(
          (name) => ({
            name,
            message: 'src/graph and src/dataset are pure: return steps (Steps/GraphWork) and let an adapter schedule them.',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'global'].flatMap((object) =>
          ['setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'].map((property) => ({
            object,
            property,
            message: 'src/graph and src/dataset are pure: let an adapter schedule work.',
          })),
        ),
        { object: 'process', property: 'nextTick', message: 'src/graph and src/dataset are pure: let an adapter schedule work.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:timers', 'timers', 'node:timers/promises', 'timers/promises'].map((name) => ({
            name,
            message: 'src/graph and src/dataset are pure: let an adapter schedule work.',
          })),
        },
      ],
    },
  },
  {
    files: ['codegen.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Functions fit on a screen (CONTRIBUTING, issue 17): a longer one is split into named steps.
    // Generated code is ignored above; tests are exempt (long describe blocks are fine).
    files: ['src/**', 'scripts/**', 'bench/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
);
