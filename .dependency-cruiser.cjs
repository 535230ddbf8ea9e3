/**
 * OnPace's house rules on imports, checked by dependency-cruiser (`pnpm check:deps`, part of
 * `pnpm check` and of the README's test command). Each rule says why it exists.
 *
 * What an import check cannot see, the compilers see: core's tsconfig has no DOM library and
 * no extension typings, so a `document`, `window`, `chrome` or `browser` global in core does
 * not type-check.
 */
/** Packages that exist only in a browser, an extension, or a UI. */
const BROWSER_ONLY = [
  'wxt',
  '@wxt-dev/[^/]+',
  'webextension-polyfill',
  'dexie',
  'react',
  'react-dom',
  'happy-dom',
  'fake-indexeddb',
  'jsdom',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-browser-api',
      severity: 'error',
      comment:
        'packages/core is pure: no browser or extension API, no storage, no UI (docs: architecture house rules). ' +
        'It runs the same in the background, the dashboard, Node tests and the demo.',
      from: { path: '^packages/core/src/' },
      // Resolved (under node_modules) or not (core does not even depend on them): both count.
      to: { path: `(^|/node_modules/)(${BROWSER_ONLY.join('|')})(/|$)` },
    },
    {
      name: 'core-no-app',
      severity: 'error',
      comment: 'core and charts are what the apps share; they never depend on one of them.',
      from: { path: '^packages/(core|charts)/' },
      to: { path: '^packages/(extension|web-dashboard|demo|fake-crm)/' },
    },
    {
      name: 'crm-selectors-only-in-adapters',
      severity: 'error',
      comment:
        "A CRM's selectors live in its adapter's selectors.ts and are used only by the adapters, so a " +
        'CRM markup change is fixed in one place and the overlay reads the page only through an adapter.',
      from: { path: '^packages/extension/src/', pathNot: '^packages/extension/src/crm-adapters/' },
      to: { path: '^packages/extension/src/crm-adapters/.+/selectors\\.ts$' },
    },
    {
      name: 'sync-not-background',
      severity: 'error',
      comment:
        'The CRM sync is an engine the background drives; it must not reach back into the background ' +
        '(what both need lives in storage or core).',
      from: { path: '^packages/extension/src/sync/' },
      to: { path: '^packages/extension/src/background/' },
    },
    {
      name: 'messaging-contracts-only',
      severity: 'error',
      comment:
        'messaging/ holds the contracts between the background, the pages and the content scripts: ' +
        'schemas only (zod and core), never behaviour. Senders live in pages/ and overlay/client/, ' +
        "handlers in background/. The two schema modules it may use are storage's settings schema and " +
        "the sync's state schema.",
      from: { path: '^packages/extension/src/messaging/' },
      to: {
        pathNot: [
          '^packages/extension/src/messaging/',
          '^packages/core/src/',
          '^packages/extension/src/storage/settings-schema\\.ts$',
          '^packages/extension/src/sync/state\\.ts$',
          '(^|/node_modules/)zod(/|$)',
        ],
      },
    },
    {
      name: 'apps-share-through-packages',
      severity: 'error',
      comment:
        'The apps never reach into each other: what two of them share is a package of its own ' +
        '(core, charts), imported by its name.',
      from: { path: '^packages/(extension|web-dashboard|demo)/src/' },
      to: {
        path: '^packages/(extension|web-dashboard|demo)/src/',
        pathNot: '^packages/$1/src/',
      },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing hides from every other rule (and fails the build later).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^packages/[^/]+/(dist|\\.output|\\.wxt|test-results|playwright-report|demo-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Workspace packages resolve to their TypeScript source, as the apps build them.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@onpace/source', 'import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
