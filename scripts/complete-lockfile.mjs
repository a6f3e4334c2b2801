#!/usr/bin/env node
/**
 * Adds lock entries for other platforms' optional binaries (e.g. `@rollup/rollup-darwin-arm64`) that the npm
 * registry mirror of our machines does not serve. `npm install` there skips them silently and writes a lock file
 * without them, which `npm ci` then refuses ("Missing: … from lock file"). The added entries carry only `version`,
 * `optional` and `dev`: on a machine of another platform npm resolves them from its registry as usual; here they are
 * skipped like any optional dependency that cannot be installed.
 *
 * Usage: `node scripts/complete-lockfile.mjs` after `npm install` changed package-lock.json. Idempotent; prints what
 * it added. Exits 1 when an optional dependency has a range instead of an exact version (then a human decides).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';

const file = resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const added = [];
const problems = [];

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    // An exact version is its own canonical semver form (a range such as ^1.2.3 or 1.x is not).
    if (semver.valid(range) !== range) {
      problems.push(`${path} asks for ${name}@${range}: not an exact version`);
      continue;
    }
    packages[top] = { version: range, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${range}`);
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} lock entries:\n  ${added.join('\n  ')}` : 'lock file complete: nothing added');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
