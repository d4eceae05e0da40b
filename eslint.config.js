// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

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
    ['**/xlsx/**', '**/cli/**', 'exceljs'],
    'The task pane reaches Excel only through use cases.',
  ),
  prettier,
);
