// One linter for the whole repository. The import restrictions below enforce the layer rules of
// docs/ARCHITECTURE.md: the domain and the projections stay pure, only eventStore/ touches Dexie,
// only ui/ and app/ touch React or Zustand, and only tests use the test support in src/testing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureLayerBans = [
  {
    group: ['dexie', 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
    message: 'This layer is pure TypeScript.',
  },
  { group: ['**/ui/**', '**/app/**', '**/eventStore/dexie*'], message: 'Dependencies point inward only.' },
];

const storageBans = [
  {
    group: ['react', 'react-dom', 'zustand', '**/ui/**', '**/app/**'],
    message: 'Storage stays below the UI.',
  },
];

// src/testing holds fixtures and arbitraries for tests: the app must never ship them.
const testSupportBan = { group: ['**/testing/**'], message: 'src/testing is for tests only.' };
const testSupportFiles = ['src/**/*.test.{ts,tsx}', 'src/testing/**'];

/**
 * A folder's import bans. A later block's `no-restricted-imports` replaces an earlier one for the same file,
 * so each block states the whole list: the folder's own bans everywhere in it, and the ban on test support
 * too in its production files.
 */
const importBans = (files, bans) => [
  { files, rules: { 'no-restricted-imports': ['error', { patterns: bans }] } },
  {
    files,
    ignores: testSupportFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [...bans, testSupportBan] }] },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'bench/dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...importBans(['src/**'], []),
  ...importBans(
    [
      'src/domain/**',
      'src/projections/**',
      'src/shared/**',
      'src/commands/**',
      'src/timeTravel/**',
      'src/eventLog/**',
      'src/sampleData/**',
      'src/whatIf/**',
    ],
    pureLayerBans,
  ),
  ...importBans(['src/eventStore/**'], storageBans),
);
