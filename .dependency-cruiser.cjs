// @ts-check
/**
 * The boundaries of the monorepo, checked on the whole import graph (type-only imports included)
 * by `npm run lint:deps` — part of `npm test` — and by tools/boundaries.test.ts, which plants one
 * violation of each rule under tools/boundaries/fixtures/. Why these rules and why
 * dependency-cruiser: docs/adr/0022-dependency-boundaries-and-lean-dependencies.md.
 * Paths are anchored with `(^|/)` so that the same rules match the fixture tree.
 * No violation is tolerated: the baseline of the rules' first days was emptied by issue 12.
 */

/** Test code: test files, test folders and kits, test fixtures. Allowed to use anything. */
const TEST = '\\.test\\.tsx?$|(^|/)(test|testing)/|test-fixtures\\.ts$|test-kit\\.ts$';

/** Every kind of npm dependency (and Node's built-in modules: `core`). */
const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'npm-bundled'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes two modules one: neither can be tested, read or moved alone. Type-only imports count ' +
        '(a type cycle is the same coupling; ADR 0022).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'protocol-no-deps',
      comment:
        'packages/protocol is the wire spec, isomorphic (Node and the browser), Web Crypto only: no npm ' +
        'package and no Node built-in in its code.',
      severity: 'error',
      from: { path: '(^|/)packages/protocol/src/', pathNot: TEST },
      to: { dependencyTypes: [...NPM, 'core'] },
    },
    {
      name: 'protocol-no-workspace',
      comment: 'packages/protocol is at the bottom: it imports no other package of the monorepo and no app.',
      severity: 'error',
      from: { path: '(^|/)packages/protocol/' },
      to: { path: '(^|/)(packages/(core|storage|authenticator-core)|apps)/' },
    },
    {
      name: 'core-no-infra',
      comment:
        'packages/core holds the rules and talks to storage, mail and HTTP through ports: no web framework, ' +
        'no database driver, no storage adapter, no app (design: "layers you can see").',
      severity: 'error',
      from: { path: '(^|/)packages/core/' },
      to: {
        path: '(^|/)(node_modules/(fastify|@fastify|kysely|ioredis|pg|better-sqlite3|oidc-provider|preact|nodemailer|web-push)|packages/storage|apps)/',
      },
    },
    {
      name: 'nothing-imports-an-app',
      comment:
        'An app is a leaf: packages never import one; e2e/, bench/ and tools/ reach it through its public ' +
        'entry (apps/<app>/src/index.ts), not its inner modules.',
      severity: 'error',
      from: { path: '(^|/)(packages|e2e|bench|tools)/' },
      to: { path: '(^|/)apps/[^/]+/', pathNot: '(^|/)apps/[^/]+/(src|testing)/index\\.tsx?$' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment: 'Each app is deployed alone: one app never imports another.',
      severity: 'error',
      from: { path: '(^|/)apps/([^/]+)/' },
      to: { path: '(^|/)apps/', pathNot: '(^|/)apps/$2/' },
    },
    {
      name: 'no-test-code-in-production',
      comment:
        'Production code never imports test code (test files, kits, fixtures, fakes, vitest): test kits ' +
        'live in their own entry points (`@sesame/x/testing`), never in a production index.',
      severity: 'error',
      from: { path: '(^|/)(packages|apps)/[^/]+/src/', pathNot: TEST },
      to: { path: TEST + '|fake-device-server|(^|/)node_modules/vitest/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed, but kept in the graph: rules look at what is imported from it.
    exclude: { path: '/dist/|(^|/)tools/boundaries/fixtures/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
    progress: { type: 'none' },
  },
};
