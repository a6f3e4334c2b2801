/**
 * Bundle size of the production build (dist/elements): raw and gzip bytes of every JavaScript file, which files are
 * initial (main.js and the chunks it imports statically) and which are lazy (reached only by `import()`), and the raw
 * Angular budget that corresponds to the gzip target.
 *
 * Run: `npx tsx bench/bundle-size.ts [--check] [dist/elements]` (also printed first by `npm run bench`); `--check`
 * exits 1 when the initial files exceed {@link FIRST_STATE_GZIP_BUDGET}.
 *
 * gzip level 6 = deploy/nginx's `gzip_comp_level`, i.e. the bytes nginx puts on the wire (without HTTP headers).
 * Angular budgets count raw bytes (@angular/build's bundle-calculator), so the raw limit is derived as
 * `GZIP_TARGET_BYTES × (raw / gzip)` of the initial files; see README "Delivery and performance".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

/** Target: JavaScript transferred to show one tool page, gzip (200 kB, decimal like Angular's build table). */
export const GZIP_TARGET_BYTES = 200_000;
/**
 * Build budget of the first state (the initial files every page loads), gzip: the reached 192.3 kB plus 0.7 kB.
 * 186.6 kB after the cuts (preact bundled once, SAP Horizon component parameters reduced to the bundled components',
 * German texts on demand; 201.9 kB before), then +2.7 kB for roll back, the permission dry run and the pages block
 * of the first state (189.3 kB), then +3.0 kB for the start-up prefetch (docs/onboarding-ui.md §12): the state
 * requests chunk (1.8 kB, the query texts of the shipped catalog), `main.js` +0.6 kB and the handover. `npm run build` fails above it (npm `postbuild` runs `bundle-size.ts --check`); Angular's
 * own `initial` budget only sees `main.js`, which imports the rest on demand. README "Where the bytes go" lists
 * where the bytes are (`bundle-sources.ts`).
 */
export const FIRST_STATE_GZIP_BUDGET = 193_000;
/** nginx `gzip_comp_level` in deploy/nginx/templates/conf.d/opencp-onboarding-ui.conf.template. */
export const NGINX_GZIP_LEVEL = 6;

export interface BundleFile {
  name: string;
  rawBytes: number;
  gzipBytes: number;
  initial: boolean;
  /** Source module a lazy chunk was split at (from the build's stats.json), e.g. `src/ui5-configure-form.ts`. */
  entryPoint?: string;
  /** Sibling chunks this file imports statically / dynamically. */
  staticImports: string[];
  dynamicImports: string[];
}

/** What loading one lazy entry adds to the initial files: the chunk and the not yet loaded chunks it imports. */
export interface OnDemandLoad {
  entryPoint: string;
  files: string[];
  gzipBytes: number;
}

export interface BundleMeasurement {
  files: BundleFile[];
  initialRawBytes: number;
  initialGzipBytes: number;
  totalRawBytes: number;
  totalGzipBytes: number;
  /** raw / gzip of the initial files. */
  initialCompressionRatio: number;
  /** Lazy entries reached from the initial files by `import()`, each with what it adds. */
  onDemand: OnDemandLoad[];
}

/** gzip size of `content` at nginx's level, in bytes. */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: NGINX_GZIP_LEVEL }).byteLength;
}

/** Same as `gzipBytes`, off the event loop (the bench measures timings meanwhile). */
export async function gzipBytesAsync(content: Buffer): Promise<number> {
  return (await gzipAsync(content, { level: NGINX_GZIP_LEVEL })).byteLength;
}

const gzipAsync = promisify(gzip);

/**
 * Measures every `.js` file in `dir`. Initial = `main.js` plus everything reachable through static `import`/`export …
 * from "./chunk-….js"` statements of esbuild's output, plus what `main.js` itself imports dynamically at evaluation
 * (the application chunk) with its static imports; lazy entries are the other targets of `import("./chunk-….js")`.
 * Names lazy chunks after their source module when the build wrote `stats.json` (`ng build --stats-json`) into `dir`
 * or its parent. Throws when `dir/main.js` is missing (run `npm run build`).
 */
export function measureBundle(dir: string): BundleMeasurement {
  const names = readdirSync(dir).filter((name) => name.endsWith('.js'));
  if (!names.includes('main.js')) throw new Error(`${dir}/main.js is missing: run "npm run build" first`);
  const entryPoints = entryPointsOf(dir);
  const files: BundleFile[] = names.map((name) => {
    const content = readFileSync(join(dir, name));
    const code = content.toString('utf8');
    return {
      name,
      rawBytes: content.byteLength,
      gzipBytes: gzipBytes(content),
      initial: false,
      entryPoint: entryPoints.get(name),
      staticImports: siblingImports(code, STATIC_IMPORT),
      dynamicImports: siblingImports(code, DYNAMIC_IMPORT),
    };
  });
  const byName = new Map(files.map((file) => [file.name, file]));
  const closure = (start: string, known: ReadonlySet<string>): string[] => {
    const found = new Set<string>();
    const visit = (name: string): void => {
      if (found.has(name) || known.has(name) || !byName.has(name)) return;
      found.add(name);
      byName.get(name)!.staticImports.forEach(visit);
    };
    visit(start);
    return [...found];
  };
  // main.js itself only starts the catalog request and imports the application chunk (src/elements.ts) at once:
  // that chunk and its static imports are loaded on every page, so they count as initial.
  const entry = closure('main.js', new Set());
  const initial = new Set([
    ...entry,
    ...entry.flatMap((name) => byName.get(name)!.dynamicImports.flatMap((lazy) => closure(lazy, new Set(entry)))),
  ]);
  files.forEach((file) => (file.initial = initial.has(file.name)));
  files.sort((a, b) => Number(b.initial) - Number(a.initial) || b.rawBytes - a.rawBytes);

  const sum = (list: BundleFile[], key: 'rawBytes' | 'gzipBytes') => list.reduce((total, file) => total + file[key], 0);
  const initialFiles = files.filter((file) => file.initial);
  const lazyEntries = [...new Set(files.flatMap((file) => file.dynamicImports))].filter((name) => !initial.has(name));
  const onDemand = lazyEntries.map((name) => {
    const loaded = closure(name, initial);
    return {
      entryPoint: byName.get(name)?.entryPoint ?? name,
      files: loaded,
      gzipBytes: sum(
        loaded.map((file) => byName.get(file)!),
        'gzipBytes',
      ),
    };
  });
  return {
    files,
    initialRawBytes: sum(initialFiles, 'rawBytes'),
    initialGzipBytes: sum(initialFiles, 'gzipBytes'),
    totalRawBytes: sum(files, 'rawBytes'),
    totalGzipBytes: sum(files, 'gzipBytes'),
    initialCompressionRatio: sum(initialFiles, 'rawBytes') / sum(initialFiles, 'gzipBytes'),
    onDemand: onDemand.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** `import{a}from"./chunk-X.js"`, `import"./chunk-X.js"`, `export{a}from"./chunk-X.js"` in esbuild's output. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/(chunk-[\w-]+\.js)["']/g;
/** `import("./chunk-X.js")`. */
const DYNAMIC_IMPORT = /\bimport\(\s*["']\.\/(chunk-[\w-]+\.js)["']\s*\)/g;

function siblingImports(code: string, pattern: RegExp): string[] {
  return [...new Set([...code.matchAll(pattern)].map((match) => match[1]))];
}

/** Output file → source module it was split at, from esbuild's metafile (`stats.json`); empty without one. */
function entryPointsOf(dir: string): Map<string, string> {
  const stats = [join(dir, 'stats.json'), join(dir, '..', 'stats.json')].find((path) => existsSync(path));
  if (!stats) return new Map();
  const { outputs } = JSON.parse(readFileSync(stats, 'utf8')) as { outputs: Record<string, { entryPoint?: string }> };
  return new Map(
    Object.entries(outputs)
      .filter(([, output]) => output.entryPoint)
      .map(([name, output]) => [basename(name), output.entryPoint!.replace(/^.*node_modules\//, '')]),
  );
}

/** Formats bytes as decimal kB with one decimal, e.g. `183.4 kB`. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Printable report: one line per file, totals, and the raw budget derived from the gzip target. */
export function bundleSizeReport(measurement: BundleMeasurement): string {
  const rows = measurement.files.map(
    (file) =>
      `${file.name.padEnd(22)} ${kB(file.rawBytes).padStart(10)} ${kB(file.gzipBytes).padStart(10)}  ${file.initial ? 'initial' : 'lazy'}` +
      (file.entryPoint ? `  ${file.entryPoint}` : ''),
  );
  const ratio = measurement.initialCompressionRatio;
  return [
    `${'file'.padEnd(22)} ${'raw'.padStart(10)} ${'gzip -6'.padStart(10)}  loaded`,
    ...rows,
    `${'initial total'.padEnd(22)} ${kB(measurement.initialRawBytes).padStart(10)} ${kB(measurement.initialGzipBytes).padStart(10)}`,
    `${'all JavaScript'.padEnd(22)} ${kB(measurement.totalRawBytes).padStart(10)} ${kB(measurement.totalGzipBytes).padStart(10)}`,
    `initial raw/gzip ratio ${ratio.toFixed(2)}: the ${kB(GZIP_TARGET_BYTES)} gzip target ≈ ${kB(GZIP_TARGET_BYTES * ratio)} raw`,
    ...measurement.onDemand.map((load) => `on demand: ${load.entryPoint} adds ${kB(load.gzipBytes)} gzip (${load.files.join(', ')})`),
  ].join('\n');
}

/** Problems of a build against {@link FIRST_STATE_GZIP_BUDGET}; empty when within. */
export function budgetProblems(measurement: BundleMeasurement): string[] {
  return measurement.initialGzipBytes > FIRST_STATE_GZIP_BUDGET
    ? [
        `the initial files are ${kB(measurement.initialGzipBytes)} gzip, above the ${kB(FIRST_STATE_GZIP_BUDGET)} budget (bench/bundle-size.ts): keep what the first state does not render out of them (README "Where the bytes go")`,
      ]
    : [];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const dir = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist/elements');
  const measurement = measureBundle(dir);
  console.log(bundleSizeReport(measurement));
  const problems = check ? budgetProblems(measurement) : [];
  problems.forEach((problem) => console.error(`budget exceeded: ${problem}`));
  if (problems.length > 0) process.exitCode = 1;
}
