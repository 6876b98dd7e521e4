/**
 * The layering rules of docs/architecture.md, checked by `npm run lint` (dependency-cruiser):
 * the domain is pure, adapters serve use cases and never the other way round, pages share only
 * the typed contract with the server, the emulator never depends on the add-on, and no value
 * import goes round in a circle.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain imports only itself and the strings (no adapter, use case, entry or page)',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/strings(\\.ts|/)'] },
    },
    {
      name: 'adapters-serve-use-cases',
      comment: 'src/adapters never imports the desk store, a use case, an entry point or a page',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(app|store|entries|ui)/' },
    },
    {
      name: 'store-below-use-cases',
      comment:
        'src/store (the desk storage layer) never imports a use case, an entry point or a page; the sidebar contract only for its types',
      severity: 'error',
      from: { path: '^src/store/' },
      to: {
        path: '^src/(app|entries|ui)/|^src/index\\.ts$',
        pathNot: '^src/app/sidebarContract\\.ts$',
      },
    },
    {
      name: 'store-contract-types-only',
      comment: 'the store uses the sidebar contract for its types only',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/app/sidebarContract\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'use-cases-below-entries',
      comment: 'src/app never imports an entry point or a page',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(entries|ui)/|^src/index\\.ts$' },
    },
    {
      name: 'documents-use-the-store-not-workflow',
      comment:
        'src/app/documents reads and writes cases through src/store, never through the workflow use cases',
      severity: 'error',
      from: { path: '^src/app/documents/' },
      to: { path: '^src/app/workflow/' },
    },
    {
      name: 'pages-share-only-the-contract',
      comment: 'src/ui imports from the server side only the google.script.run contract (types)',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/ui/',
          '^src/app/sidebarContract\\.ts$',
          '^src/strings(\\.ts|/)',
          '^src/domain/',
        ],
      },
    },
    {
      name: 'emulator-independent-of-the-add-on',
      comment: 'the emulator is a library: it never imports the add-on, its tests or scripts',
      severity: 'error',
      from: { path: '^packages/gas-emulator/' },
      to: { path: '^(src|test|scripts)/' },
    },
    {
      name: 'emulator-core-knows-no-service',
      comment:
        'the core (clock, ledger, executions) imports no service: services are composed onto it in workspace.ts',
      severity: 'error',
      from: { path: '^packages/gas-emulator/src/core/' },
      to: { path: '^packages/gas-emulator/src/(?!core/)' },
    },
    {
      name: 'no-value-cycles-in-src',
      comment:
        'no circular value imports in the add-on (type-only imports are erased by the build)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
