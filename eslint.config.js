// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Everything in lib/ but the DOM layer (lib/dom) and the extension layer (lib/extension) must run anywhere
 * (Node, a worker, a page, the background) with no DOM and no extension API: it takes strings and data and
 * returns data. Its tests may use what they need.
 */
const PURE = ['lib/**/*.ts'];
const NOT_PURE = ['lib/dom/**', 'lib/extension/**', '**/*.test.ts'];

const DOM_GLOBALS = [
  'document',
  'window',
  'navigator',
  'browser',
  'chrome',
  'self',
  'location',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'getComputedStyle',
  'requestAnimationFrame',
  'MutationObserver',
];

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'devset/pages/', 'public/seed-bundle.json', 'test-results/'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // Both `=== null` and `!= null` (null or undefined) are used on purpose.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Turned off because they fight the code's deliberate style:
      // - with noUncheckedIndexedAccess, `array[i]!` after a bounds check is how the hot loops over the flat
      //   matcher tables read an element; a fallback or a branch there would cost time and say nothing.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // - interfaces declare callbacks in method shorthand (`isCut(i: number): boolean`) and the values are
      //   closures that never use `this`; destructuring them is safe.
      '@typescript-eslint/unbound-method': 'off',
      // - an async function with no `await` still turns a throw into a rejection, and fakes in tests implement
      //   Promise-returning interfaces; the missing promises are caught by no-floating-promises instead.
      '@typescript-eslint/require-await': 'off',
      // - IndexedDB requests fail with `request.error`, a DOMException typed as nullable; it is passed on as it
      //   is so that its name (QuotaExceededError, …) reaches the caller.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // Vitest's asymmetric matchers (`expect.any(String)`, `expect.stringMatching(…)`) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['tests/browser/**/*.test.ts'],
    rules: {
      // afterAll closes what beforeAll may not have opened (a launch that failed), which the declared types
      // cannot say: `browser?.close()` is deliberate there.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: PURE,
    ignores: NOT_PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Pure module: no IndexedDB here; take the data as an argument.' },
            { name: 'webextension-polyfill', message: 'Pure module: no extension API here.' },
            { name: 'wxt', message: 'Pure module: no extension API here.' },
          ],
          patterns: [
            { group: ['wxt/*', '@wxt-dev/*'], message: 'Pure module: no extension API here.' },
            {
              group: ['**/dom/**', '**/extension/**'],
              // Types are erased at build time; only a value import drags the DOM or extension module in.
              allowTypeImports: true,
              message: 'Pure module: this module uses the DOM, IndexedDB or the extension API.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'Pure module: no DOM or extension global here.' })),
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
