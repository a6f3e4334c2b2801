#!/usr/bin/env node
/**
 * `npm run test:mutation [-- <stryker options>]`: runs StrykerJS over the domain library (`stryker.config.mjs`,
 * incremental against the committed `reports/stryker-incremental.json`), then prints the mutation score per folder
 * of `projects/onboarding/src` and, last and alone on its line, `mutation score: flow F %, library L %`.
 * Score = detected (killed + timed out) / (detected + survived + no coverage), as Stryker computes it; ignored,
 * static-ignored and non-compiling mutants do not count. Exits with Stryker's status, or 1 when it wrote no report.
 * `--report-only` skips the run and scores the last report (`reports/mutation/mutation.json`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const REPORT = join(root, 'reports/mutation/mutation.json');
const LIBRARY = 'projects/onboarding/src/';
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
let status = 0;
if (!reportOnly) {
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules/.bin/stryker'), ['run', ...args], { cwd: root, stdio: 'inherit' });
  status = result.status ?? 1;
  console.log(`stryker: exit ${status} after ${Math.round((Date.now() - started) / 1000)} s`);
}
if (!existsSync(REPORT)) {
  console.error(`no mutation report at ${REPORT}; stryker did not finish`);
  process.exit(1);
}

/** Counts per key: `flow`, `catalog`, … (first folder below the library root) and `library` (all of them). */
const tallies = new Map();
const tally = (key) => tallies.get(key) ?? tallies.set(key, { detected: 0, undetected: 0, other: 0 }).get(key);
const files = JSON.parse(readFileSync(REPORT, 'utf8')).files;
for (const [path, file] of Object.entries(files)) {
  const relativePath = path.replaceAll('\\', '/').split(LIBRARY)[1] ?? path;
  const folder = relativePath.includes('/') ? relativePath.split('/')[0] : '(root)';
  for (const mutant of file.mutants) {
    const bucket = DETECTED.has(mutant.status) ? 'detected' : UNDETECTED.has(mutant.status) ? 'undetected' : 'other';
    tally(folder)[bucket]++;
    tally('library')[bucket]++;
  }
}

const score = (key) => {
  const counts = tallies.get(key);
  const valid = counts ? counts.detected + counts.undetected : 0;
  return valid === 0 ? 'n/a' : `${((100 * counts.detected) / valid).toFixed(1)} %`;
};
for (const [key, counts] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  if (key === 'library') continue;
  console.log(
    `${key.padEnd(10)} ${score(key).padStart(8)}  (${counts.detected} detected, ${counts.undetected} undetected, ${counts.other} not counted)`,
  );
}
// A run restricted with `-m` reports only the files it mutated: say how many, so "library" is not read as the whole.
console.log(`report: ${Object.keys(files).length} source files (a run with -m covers only the files it names)`);
console.log(`mutation score: flow ${score('flow')}, library ${score('library')}`);
process.exit(status);
