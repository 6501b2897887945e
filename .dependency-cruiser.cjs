// The layer arrows of docs/architecture.md, checked on every `npm run lint`:
//   server → core, storage, mail, config · storage → core · mail → core
//   cli → core, storage, mail, config, server · config → (nothing of ours) · core → (none of them)
//   web → (HTTP only: nothing under src/)
// Test files may cross layers (a server test builds a real store), so they are left out of `from`.
// test/lint/dependency-rules.test.ts proves these rules fail on a violating fixture.

const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-depends-on-no-outer-layer',
      comment: 'core holds the rules; storage, mail and HTTP depend on it, never the other way round. Declare a port in src/core/ports.ts instead.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: '^src/(server|storage|mail|cli|config)/' },
    },
    {
      name: 'core-imports-no-framework-driver-or-mailer',
      comment: 'core imports no HTTP framework, database driver or mailer (type-only imports included).',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: '(^|/)node_modules/(@types/)?(fastify|@fastify/[^/]+|kysely|better-sqlite3|pg|nodemailer)/' },
    },
    {
      name: 'storage-depends-only-on-core',
      comment: 'storage implements core ports; it knows nothing of HTTP, mail or the command line.',
      severity: 'error',
      from: { path: '^src/storage/', pathNot: TESTS },
      to: { path: '^src/(server|mail|cli)/' },
    },
    {
      name: 'mail-depends-only-on-core',
      comment: 'mail implements the core mailer port; it knows nothing of HTTP, storage or the command line.',
      severity: 'error',
      from: { path: '^src/mail/', pathNot: TESTS },
      to: { path: '^src/(server|storage|cli)/' },
    },
    {
      name: 'server-does-not-depend-on-cli',
      comment: 'the cli starts the server, not the other way round.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: TESTS },
      to: { path: '^src/cli/' },
    },
    {
      name: 'config-depends-on-nothing-of-ours',
      comment: 'config is read by server and cli; it must not pull any other layer in.',
      severity: 'error',
      from: { path: '^src/config/', pathNot: TESTS },
      to: { path: '^src/(core|server|storage|mail|cli)/' },
    },
    {
      name: 'web-talks-to-the-server-only-over-http',
      comment: 'the console uses /api; sharing code with src/ would couple releases and leak server code into the bundle.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes module load order matter and hides which way an arrow points.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing fails at run time (usually a missing .js extension or a typo).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-undeclared-package',
      comment: 'a package that is not in package.json works only while another package happens to pull it in.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'production-code-not-to-dev-dependency',
      comment: 'src/ (outside tests) ships without devDependencies installed.',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: ['node_modules/@types/'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Anchored at the root: an unanchored 'dist/' would also drop node_modules/kysely/dist/… and hide violations.
    exclude: { path: '^(dist|coverage|test-output|data|web/dist)/' },
    // Count `import type` too: core must not even name a Kysely or Fastify type.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
