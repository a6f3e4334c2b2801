/**
 * Bundle size of the production build (dist/elements): raw and gzip bytes of every JavaScript file, which files the
 * first state of each page kind loads (main.js, the application chunk and the page's chunk, with their static
 * imports) and which are lazy (reached only by a later `import()`), and the raw Angular budget that corresponds to the
 * gzip target.
 *
 * Run: `npx tsx bench/bundle-size.ts [--check] [dist/elements]` (also printed first by `npm run bench`); `--check`
 * exits 1 when the largest page's first state exceeds {@link FIRST_STATE_GZIP_BUDGET}.
 *
 * gzip level 6 = deploy/nginx's `gzip_comp_level`, i.e. the bytes nginx puts on the wire (without HTTP headers).
 * Angular budgets count raw bytes (@angular/build's bundle-calculator), so the raw limit is derived as
 * `GZIP_TARGET_BYTES × (raw / gzip)` of the largest page's first state; see README "Delivery and performance".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

/** Target: JavaScript transferred to show one tool page, gzip (200 kB, decimal like Angular's build table). */
export const GZIP_TARGET_BYTES = 200_000;
/**
 * Build budget of the first state of the largest page (the tool page), gzip: reached plus about 1 %.
 * History: 201.9 kB for every page before the cuts of preact, the SAP Horizon component parameters and the German
 * texts (186.6 kB), 189.3 kB with roll back, the permission dry run and the pages block; then one chunk per page kind
 * (the overview 173.7 kB), UI5's unused @font-face CSS dropped and the message strip on demand (tool page 188.5 kB);
 * then the start-up prefetch (docs/onboarding-ui.md §12: the state requests chunk with the query texts of the shipped
 * catalog, `main.js` and the handover; +3.0 kB measured before the page split): tool page 190.6 kB, overview 175.7 kB;
 * then the base theme parameters reduced to those the elements use (docs/onboarding-ui.md §13): tool page 183.8 kB,
 * overview 169.0 kB.
 * `npm run build` fails above it (npm `postbuild` runs `bundle-size.ts --check`); Angular's own `initial` budget only
 * sees `main.js`, which imports the rest on demand. README "Where the bytes go" lists where the bytes are
 * (`bundle-sources.ts`).
 */
export const FIRST_STATE_GZIP_BUDGET = 185_500;
/** nginx `gzip_comp_level` in deploy/nginx/templates/conf.d/opencp-onboarding-ui.conf.template. */
export const NGINX_GZIP_LEVEL = 6;
/** Name of the one page when `main.js` names no page chunks (a build from before the pages were split). */
export const EVERY_PAGE = 'every page';

export interface BundleFile {
  name: string;
  rawBytes: number;
  gzipBytes: number;
  /** Page kinds whose first state loads the file (`main.js`: all of them); empty when only loaded on demand. */
  pages: string[];
  /** Source module a lazy chunk was split at (from the build's stats.json), e.g. `src/ui5-configure-form.ts`. */
  entryPoint?: string;
  /** Sibling chunks this file imports statically / dynamically. */
  staticImports: string[];
  dynamicImports: string[];
}

/** What loading one lazy entry adds to a page's first state: the chunk and the not yet loaded chunks it imports. */
export interface OnDemandLoad {
  entryPoint: string;
  files: string[];
  gzipBytes: number;
}

/** The first state of one page kind: the files it loads before its first GraphQL request. */
export interface PageLoad {
  /** Page kind as `main.ts` names it (`overview`, `tool-page`), or {@link EVERY_PAGE}. */
  page: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Lazy entries reached from the page's files by `import()`, each with what it adds to this page. */
  onDemand: OnDemandLoad[];
}

export interface BundleMeasurement {
  files: BundleFile[];
  /** Per page kind, in the order `main.ts` lists them. */
  pages: PageLoad[];
  /** The page with the most gzip bytes: what {@link FIRST_STATE_GZIP_BUDGET} checks. */
  largest: PageLoad;
  totalRawBytes: number;
  totalGzipBytes: number;
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
 * Measures every `.js` file in `dir`. A page's first state = `main.js` plus everything reachable through static
 * `import`/`export … from "./chunk-….js"` statements of esbuild's output, plus the chunks `main.js` imports
 * dynamically: the application chunk (imported when `main.js` is evaluated) and the page's own chunk (`main.ts`
 * `PAGE_CHUNKS`, found as `kind:()=>import("./chunk-….js")` in `main.js`), each with its static imports. Lazy entries
 * are the other targets of `import("./chunk-….js")`. Names lazy chunks after their source module when the build wrote
 * `stats.json` (`ng build --stats-json`) into `dir` or its parent. Throws when `dir/main.js` is missing (run
 * `npm run build`).
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
      pages: [],
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
  const sum = (list: string[], key: 'rawBytes' | 'gzipBytes') => list.reduce((total, name) => total + byName.get(name)![key], 0);

  // main.js starts the catalog request and imports the application chunk (src/elements.ts) at once: that chunk and
  // its static imports are loaded on every page; each page adds its own chunk (src/<page>/page-entry.ts).
  const pageChunks = pageChunksOf(readFileSync(join(dir, 'main.js'), 'utf8'));
  const isPageChunk = (name: string) => [...pageChunks.values()].includes(name);
  const entry = closure('main.js', new Set());
  const everyPage = new Set([
    ...entry,
    ...entry.flatMap((name) =>
      byName
        .get(name)!
        .dynamicImports.filter((lazy) => !isPageChunk(lazy))
        .flatMap((lazy) => closure(lazy, new Set(entry))),
    ),
  ]);
  const pageFiles: [string, string[]][] =
    pageChunks.size === 0
      ? [[EVERY_PAGE, [...everyPage]]]
      : [...pageChunks].map(([page, chunk]) => [page, [...everyPage, ...closure(chunk, everyPage)]]);

  const pages = pageFiles.map(([page, loaded]): PageLoad => {
    const known = new Set(loaded);
    const lazyEntries = [...new Set(loaded.flatMap((name) => byName.get(name)!.dynamicImports))].filter(
      (name) => !known.has(name) && !isPageChunk(name),
    );
    const onDemand = lazyEntries.map((name) => {
      const added = closure(name, known);
      return { entryPoint: byName.get(name)?.entryPoint ?? name, files: added, gzipBytes: sum(added, 'gzipBytes') };
    });
    loaded.forEach((name) => byName.get(name)!.pages.push(page));
    return {
      page,
      files: loaded,
      rawBytes: sum(loaded, 'rawBytes'),
      gzipBytes: sum(loaded, 'gzipBytes'),
      onDemand: onDemand.sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  });
  files.sort((a, b) => b.pages.length - a.pages.length || a.pages.join().localeCompare(b.pages.join()) || b.rawBytes - a.rawBytes);
  return {
    files,
    pages,
    largest: pages.reduce((largest, page) => (page.gzipBytes > largest.gzipBytes ? page : largest)),
    totalRawBytes: sum(names, 'rawBytes'),
    totalGzipBytes: sum(names, 'gzipBytes'),
  };
}

/**
 * The files of `page`'s first state (page kind as `main.ts` names it); a build whose pages are not split has one
 * first state for every page. Throws when the build has no such page.
 */
export function firstStateFiles(measurement: BundleMeasurement, page: string): Set<string> {
  const load = measurement.pages.find((candidate) => candidate.page === page || candidate.page === EVERY_PAGE);
  if (!load) throw new Error(`the build has no page "${page}" (pages: ${measurement.pages.map((known) => known.page).join(', ')})`);
  return new Set(load.files);
}

/** `import{a}from"./chunk-X.js"`, `import"./chunk-X.js"`, `export{a}from"./chunk-X.js"` in esbuild's output. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/(chunk-[\w-]+\.js)["']/g;
/** `import("./chunk-X.js")`. */
const DYNAMIC_IMPORT = /\bimport\(\s*["']\.\/(chunk-[\w-]+\.js)["']\s*\)/g;

/** `overview:()=>import("./chunk-X.js")`, `"tool-page":()=>import("./chunk-Y.js")`: `main.ts`' `PAGE_CHUNKS`. */
const PAGE_CHUNK = /(?:^|[{,])\s*(?:"([\w-]+)"|([A-Za-z_$][\w$]*))\s*:\s*\(\s*\)\s*=>\s*import\(\s*["']\.\/(chunk-[\w-]+\.js)["']\s*\)/g;

/** Page kind → its chunk, from `main.js`; empty when `main.js` names no page chunks. */
function pageChunksOf(mainCode: string): Map<string, string> {
  return new Map([...mainCode.matchAll(PAGE_CHUNK)].map((match) => [match[1] ?? match[2], match[3]]));
}

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

/** Where a file is loaded, e.g. `every page`, `tool-page`, `on demand`. */
function loadedBy(file: BundleFile, pageCount: number): string {
  if (file.pages.length === 0) return 'on demand';
  return file.pages.length === pageCount ? EVERY_PAGE : file.pages.join(', ');
}

/** Printable report: one line per file, each page's first state, totals, and the raw budget derived from the gzip target. */
export function bundleSizeReport(measurement: BundleMeasurement): string {
  const pageCount = measurement.pages.length;
  const rows = measurement.files.map(
    (file) =>
      `${file.name.padEnd(22)} ${kB(file.rawBytes).padStart(10)} ${kB(file.gzipBytes).padStart(10)}  ${loadedBy(file, pageCount)}` +
      (file.entryPoint ? `  ${file.entryPoint}` : ''),
  );
  const largest = measurement.largest;
  const ratio = largest.rawBytes / largest.gzipBytes;
  return [
    `${'file'.padEnd(22)} ${'raw'.padStart(10)} ${'gzip -6'.padStart(10)}  loaded`,
    ...rows,
    ...measurement.pages.map(
      (page) =>
        `${`first state ${page.page}`.padEnd(22)} ${kB(page.rawBytes).padStart(10)} ${kB(page.gzipBytes).padStart(10)}  ${page.files.length} files`,
    ),
    `${'all JavaScript'.padEnd(22)} ${kB(measurement.totalRawBytes).padStart(10)} ${kB(measurement.totalGzipBytes).padStart(10)}`,
    `raw/gzip ratio of the largest first state (${largest.page}) ${ratio.toFixed(2)}: the ${kB(GZIP_TARGET_BYTES)} gzip target ≈ ${kB(GZIP_TARGET_BYTES * ratio)} raw`,
    ...measurement.pages.flatMap((page) =>
      page.onDemand.map((load) => `on demand, ${page.page}: ${load.entryPoint} adds ${kB(load.gzipBytes)} gzip (${load.files.join(', ')})`),
    ),
  ].join('\n');
}

/** Problems of a build against {@link FIRST_STATE_GZIP_BUDGET}; empty when within. */
export function budgetProblems(measurement: BundleMeasurement): string[] {
  const { largest } = measurement;
  return largest.gzipBytes > FIRST_STATE_GZIP_BUDGET
    ? [
        `the first state of ${largest.page} is ${kB(largest.gzipBytes)} gzip, above the ${kB(FIRST_STATE_GZIP_BUDGET)} budget (bench/bundle-size.ts): keep what the first state does not render out of it (README "Where the bytes go")`,
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
