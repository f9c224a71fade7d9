// The one-way layers of docs/decisions/001-layers-and-routing.md (and 009), checked by
// dependency-cruiser: `npm run lint:layers`. Each rule's comment says what it keeps apart.
// Paths are relative to the repository root; packages resolve to `node_modules/<name>/...`.

const TEST_FILE = '\\.(test|spec)\\.tsx?$';
/** A package's files, wherever node_modules is (the rules' own test cruises a folder inside the repo). */
const pkg = (names) => `(^|/)node_modules/(${names})/`;
/** Packages that test files may import on top of what their folder allows. */
const TEST_PACKAGES = pkg('vitest|@vitest|@testing-library|fast-check');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain imports only zod and src/domain: no React, no store, no DOM, so the engine can be tested and benchmarked alone.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: TEST_FILE },
      to: { pathNot: ['^src/domain/', pkg('zod')] },
    },
    {
      name: 'domain-tests',
      comment: 'Tests in src/domain may also import vitest, @testing-library/* and fast-check.',
      severity: 'error',
      from: { path: `^src/domain/.*${TEST_FILE}` },
      to: { pathNot: ['^src/domain/', pkg('zod'), TEST_PACKAGES] },
    },
    {
      name: 'share-reads-domain',
      comment: 'src/share (the link codec) imports only zod, src/domain and src/share.',
      severity: 'error',
      from: { path: '^src/share/', pathNot: TEST_FILE },
      to: { pathNot: ['^src/(domain|share)/', pkg('zod')] },
    },
    {
      name: 'share-tests',
      comment: 'Tests in src/share may also import vitest, @testing-library/* and fast-check.',
      severity: 'error',
      from: { path: `^src/share/.*${TEST_FILE}` },
      to: { pathNot: ['^src/(domain|share)/', pkg('zod'), TEST_PACKAGES] },
    },
    {
      name: 'store-below-views',
      comment: 'src/store imports only zustand, zod, src/domain, src/share and src/store.',
      severity: 'error',
      from: { path: '^src/store/', pathNot: TEST_FILE },
      to: { pathNot: ['^src/(domain|share|store)/', pkg('zod|zustand')] },
    },
    {
      name: 'store-tests',
      comment: 'Tests in src/store may also import vitest, @testing-library/* and fast-check.',
      severity: 'error',
      from: { path: `^src/store/.*${TEST_FILE}` },
      to: {
        pathNot: ['^src/(domain|share|store)/', pkg('zod|zustand'), TEST_PACKAGES],
      },
    },
    {
      name: 'ui-is-presentational',
      comment: 'src/ui imports no file from src/features, src/app, src/store or src/share.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(features|app|store|share)/' },
    },
    {
      name: 'features-stay-in-their-layers',
      comment:
        'src/features/<x> imports only src/domain, src/share, src/store, src/ui and src/features (never src/app or loose files in src).',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/', pathNot: '^src/(domain|share|store|ui|features)/' },
    },
    {
      name: 'features-through-index',
      comment:
        "A feature imports another feature only through its index.ts (`../results`, never `../results/charts`), so a feature's insides can move freely.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: '^src/features/',
        pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'app-is-the-top',
      comment:
        'Nothing outside src/app imports src/app: it wires features together and sits on top.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-cycles',
      comment:
        'No import cycles among src files. Type-only imports are erased by the build, so a cycle made only of them is allowed (they still obey the layer rules above).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is an error, so a typo cannot hide an edge.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Re-reads only files whose content changed since the last run (2 s instead of 6 s of CPU).
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
