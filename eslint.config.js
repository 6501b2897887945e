// ESLint flat config. The layer arrows themselves are kept by dependency-cruiser
// (.dependency-cruiser.cjs); the import rules here only give earlier, in-editor feedback.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node's globals for the plain .js/.mjs/.cjs files (TypeScript files get them from @types/node).
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout',
    'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'structuredClone',
    'fetch', 'AbortController', 'TextEncoder', 'TextDecoder', 'queueMicrotask', 'performance',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

// Focused and skipped tests must not land: a forgotten `.only` silently hides the rest of a file.
const focusedOrSkippedTests = ['it', 'test', 'describe', 'suite'].flatMap((object) =>
  ['only', 'skip'].map((property) => ({
    object,
    property,
    message: `Remove \`${object}.${property}\` before committing; use a REQUIRE_* switch or { skip: reason } for a conditional skip.`,
  })),
);

// Time enters the core only through a Clock (src/core/clock.ts).
const readsTheWallClock = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'core takes time from a Clock (src/core/clock.ts), not Date.now().',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'core takes time from a Clock: write new Date(clock.now()).',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'Date() reads the wall clock; core takes time from a Clock.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'web/dist/',
      'data/',
      'test-output/',
      'coverage/',
      // Deliberately rule-breaking files that test/lint/dependency-rules.test.ts feeds to dependency-cruiser.
      'test/lint/fixtures/',
      // Generated from the OpenAPI document (scripts/generate-api-types.ts); a test keeps it current.
      'web/src/api/schema.ts',
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Type-only imports stay type-only (matches verbatimModuleSyntax in tsconfig.json).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      // `if (x == null)` is the one idiomatic loose comparison.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-properties': ['error', ...focusedOrSkippedTests],
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      // An async function without await is how Fastify hooks and Promise-returning interfaces
      // are written; the rule would push toward `return Promise.resolve(...)` noise.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // Plain JavaScript (this file, scripts/*.mjs, .dependency-cruiser.cjs): no type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: commonJsGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Tests read `response.json()` (typed any by light-my-request) all the time; asserting on the
  // value is the check, so the no-unsafe-* family would only add casts, and `json() as Shape`
  // reads as well as `json<Shape>()`.
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Services log through pino; only the command line writes to the console.
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },

  // core: no wall clock, no HTTP framework, database driver or mailer (tests may import anything).
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...readsTheWallClock] },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify', '@fastify/*', 'kysely', 'kysely/*', 'better-sqlite3', 'pg', 'pg/*', 'nodemailer', 'nodemailer/*'],
              message: 'core imports no HTTP framework, database driver or mailer: declare a port in src/core/ports.ts.',
            },
          ],
        },
      ],
    },
  },
);
