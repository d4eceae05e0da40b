// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');
const globals = require('globals');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');

/** Imports a layer may not make: the layers point one way, domain ← hosts ← app ← UI. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'examples/output/', 'test-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['*.js', 'scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: globals.node,
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/taskpane/**', 'src/commands/**'],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: 'readonly',
        Excel: 'readonly',
        OfficeExtension: 'readonly',
      },
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'tests/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Office.js usage: load before read, sync after load, no sync in loops, isNullObject checks.
    files: ['src/office/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    [
      '**/app/**',
      '**/office/**',
      '**/xlsx/**',
      '**/cli/**',
      '**/taskpane/**',
      'exceljs',
      'react',
      'fs',
      'path',
      'node:*',
    ],
    'src/domain is pure: it imports no host, app, UI or platform module.',
  ),
  layer(
    ['src/app/**'],
    ['**/office/**', '**/xlsx/**', '**/cli/**', '**/taskpane/**', 'exceljs', 'react'],
    'src/app holds use cases over a host interface; it imports the domain only.',
  ),
  layer(
    ['src/office/**', 'src/xlsx/**'],
    ['**/app/**', '**/cli/**', '**/taskpane/**'],
    'Hosts render the domain; they do not import use cases or UI.',
  ),
  layer(
    ['src/taskpane/**'],
    ['**/xlsx/**', '**/cli/**', '**/office/**', 'exceljs'],
    'The task pane reaches Excel only through the injected use cases; only index.tsx wires Office in.',
  ),
  layer(
    ['src/taskpane/index.tsx'],
    ['**/xlsx/**', '**/cli/**', 'exceljs'],
    'The composition root wires the Office host into the use cases, nothing else.',
  ),
  layer(
    ['src/cli/**'],
    ['**/office/**', '**/taskpane/**', 'react', 'react-dom'],
    'The command line runs the use cases on .xlsx files; it has nothing to do with Office or the pane.',
  ),
  prettier,
);
