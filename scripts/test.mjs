#!/usr/bin/env node
/**
 * `npm test`: lint (ESLint), format check (Prettier), the reference check (every section reference resolves, no outside
 * citations), a type check of every project, the unit tests of every project (Jest, root config) and the end-to-end tests (Playwright), each with
 * its JSON reporter; prints one line per runner and, last and alone on its line, "N passed, N failed".
 * Exits non-zero when a test failed or a runner could not report (a crash counts as one failure).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'opencp-test-'));

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(isAbsolute(command) ? command : join(root, 'node_modules/.bin', command), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(`${label}: could not start ${command}: ${result.error.message}`);
  return { status: result.status ?? 1, seconds: Math.round((Date.now() - started) / 1000) };
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`could not read ${file}: ${error.message}`);
    return undefined;
  }
}

/** Jest: tests passed/failed, plus suites that failed before running any test (compile errors). */
function unitCounts(report, status) {
  if (!report) return { passed: 0, failed: 1, note: `no JSON report (jest exited ${status})` };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    note: `${report.numTotalTestSuites} suites, ${report.numPendingTests} skipped`,
  };
}

/** Playwright: expected = passed, unexpected = failed; errors outside tests (e.g. the web server) count as failures. */
function e2eCounts(report, status) {
  if (!report) return { passed: 0, failed: 1, note: `no JSON report (playwright exited ${status})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const errors = report.errors?.length ?? 0;
  return {
    passed: expected + flaky,
    failed: unexpected + errors,
    note: `${skipped} skipped, ${flaky} flaky, ${errors} errors outside tests`,
  };
}

/** A runner that reports by exit status only (lint, format, references, type check): one check, passed or failed. */
function statusCounts(runner, note) {
  return { passed: runner.status === 0 ? 1 : 0, failed: runner.status === 0 ? 0 : 1, note };
}

const lint = run('lint', 'eslint', ['.']);
const format = run('format check', 'prettier', ['--check', '.', '--log-level', 'warn']);
const references = run('reference check', process.execPath, ['scripts/check-references.mjs']);

// Jest transpiles without type checking (isolatedModules), so the types of every project are checked once here.
const typecheck = run('type check', 'tsc', ['-p', 'tsconfig.typecheck.json']);

const unitReport = join(reports, 'jest.json');
const unit = run('unit tests', 'jest', ['--json', `--outputFile=${unitReport}`]);
const e2eReport = join(reports, 'playwright.json');
const e2e = run('e2e tests', 'playwright', ['test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
});

const counts = [
  ['lint', statusCounts(lint, 'eslint .'), lint],
  ['format check', statusCounts(format, 'prettier --check .'), format],
  ['reference check', statusCounts(references, 'scripts/check-references.mjs'), references],
  ['type check', statusCounts(typecheck, 'tsc -p tsconfig.typecheck.json'), typecheck],
  ['unit', unitCounts(readJson(unitReport), unit.status), unit],
  ['e2e', e2eCounts(readJson(e2eReport), e2e.status), e2e],
];
console.log('');
for (const [label, count, runner] of counts) {
  console.log(`${label}: ${count.passed} passed, ${count.failed} failed (${count.note}; ${runner.seconds} s)`);
}
const passed = counts.reduce((sum, [, count]) => sum + count.passed, 0);
const failed = counts.reduce((sum, [, count]) => sum + count.failed, 0);
const runnerFailed = counts.some(([, , runner]) => runner.status !== 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || runnerFailed ? 1 : 0);
