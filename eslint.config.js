// One linter for the whole repository. The import restrictions below enforce the layer rules of
// docs/ARCHITECTURE.md: the domain and the projections stay pure, only eventStore/ touches Dexie,
// and only ui/ and app/ touch React or Zustand.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureLayerBans = {
  patterns: [
    {
      group: ['dexie', 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'This layer is pure TypeScript.',
    },
    { group: ['**/ui/**', '**/app/**', '**/eventStore/dexie*'], message: 'Dependencies point inward only.' },
  ],
};

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
  {
    files: [
      'src/domain/**',
      'src/projections/**',
      'src/shared/**',
      'src/commands/**',
      'src/timeTravel/**',
      'src/eventLog/**',
      'src/sampleData/**',
      'src/whatIf/**',
    ],
    rules: { 'no-restricted-imports': ['error', pureLayerBans] },
  },
  {
    files: ['src/eventStore/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand', '**/ui/**', '**/app/**'],
              message: 'Storage stays below the UI.',
            },
          ],
        },
      ],
    },
  },
);
