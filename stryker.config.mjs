// @ts-check
/**
 * Mutation testing of the domain library (`npm run test:mutation`, see README "Mutation testing").
 * Jest runs the onboarding Jest project only; the TypeScript checker drops mutants that do not compile.
 * Incremental: `reports/stryker-incremental.json` is committed, so a re-run only tests mutants in changed code
 * or covered by changed tests.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'projects/onboarding/jest.config.js',
    enableFindRelatedTests: true,
    // The generator specs compare generated files with their sources, which the instrumented sandbox changes.
    config: { testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/'] },
  },
  checkers: ['typescript'],
  tsconfigFile: 'projects/onboarding/tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'projects/onboarding/src/**/*.ts',
    '!projects/onboarding/src/**/*.spec.ts',
    '!projects/onboarding/src/**/*.generated.ts',
    '!projects/onboarding/src/**/*.d.ts',
    // Re-exports only.
    '!projects/onboarding/src/public-api.ts',
    // GraphQL source text, read only by the generator (`npm run generate:documents`); the runtime uses
    // documents.generated.ts, whose agreement with this file documents-code.spec.ts checks.
    '!projects/onboarding/src/gateway/documents/document-sources.ts',
  ],
  // The sandbox needs the library, its Jest setup, the root tsconfigs, the shipped catalog the specs read and the
  // emulator sources one schema spec imports; the rest of the tree stays out to keep each copy small.
  ignorePatterns: [
    '/dist',
    '/e2e',
    '/bench',
    '/deploy',
    '/docs',
    '/src',
    '/projects/portal',
    '/reports',
    '/.angular',
    '/test-results',
    '/playwright-report',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would need the whole suite per mutant; they are reported as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
