/**
 * Where the first state's bytes go: the files each page's first state loads in a production build (see
 * `bundle-size.ts`) broken down by source, from esbuild's metafile (`stats.json` of `ng build --stats-json`): the
 * files every page loads, and those only one page kind loads (its page chunk and what only it imports).
 *
 * Run: `npx ng build --output-path dist/stats --stats-json && npx tsx bench/bundle-sources.ts [dir] [--inputs N]`
 * (`dir`: the folder holding `main.js`, default `dist/stats/browser`; `--inputs N` also lists the N largest source
 * modules of each part). Prints a Markdown table (README "Where the bytes go") and the modules that occur more than
 * once in one page's first state (the same file of a package under two paths, e.g. a `dist/` and a `dist/prod/` build).
 *
 * Raw bytes are exact (esbuild's `bytesInOutput`, minified). Gzip bytes are estimated: each output file's gzip size
 * is split among its sources in proportion to `bytesInOutput / ratio`. For data modules (UI5's `*.css.js` styles and
 * theme parameters, generated modules, JSON), which minifying leaves as they are, `ratio` is how well the file
 * compresses on its own (CSS about 7×); for code it is {@link CODE_RATIO}. The totals are exact; each row is an
 * approximation (gzip shares its dictionary across modules).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EVERY_PAGE, gzipBytes, kB, measureBundle } from './bundle-size';

/** Source groups, first match wins; `test` sees the metafile's input path (relative to the workspace). */
export const SOURCE_GROUPS: readonly { readonly name: string; readonly test: RegExp }[] = [
  { name: 'Angular (core, platform-browser, common)', test: /node_modules\/@angular\// },
  { name: 'UI5 SAP Horizon base parameters (`--sap*`)', test: /@ui5\/webcomponents-theming\/dist\/generated\/themes\/sap_horizon\// },
  { name: 'UI5 SAP Horizon component parameters', test: /@ui5\/webcomponents\/dist\/generated\/themes\/sap_horizon\/parameters-bundle/ },
  { name: 'UI5 component styles', test: /@ui5\/webcomponents\/dist\/generated\/themes\// },
  { name: 'UI5 base styles (font faces, system CSS)', test: /@ui5\/webcomponents-base\/dist\/generated\/css\// },
  { name: 'preact (UI5 renderer)', test: /@ui5\/webcomponents-base\/dist\/(prod\/)?thirdparty\/preact\// },
  { name: 'UI5 base (UI5Element, renderer, i18n, config)', test: /@ui5\/webcomponents-base\// },
  { name: 'UI5 icons', test: /@ui5\/webcomponents-icons\// },
  { name: 'UI5 components (templates, logic)', test: /@ui5\/webcomponents\// },
  { name: '@apollo/client, optimism, @wry/*', test: /node_modules\/(@apollo|optimism|@wry|apollo-angular)\// },
  { name: 'rxjs', test: /node_modules\/rxjs\// },
  { name: 'graphql', test: /node_modules\/graphql\// },
  { name: 'graphql-sse', test: /node_modules\/graphql-sse\// },
  { name: 'semver', test: /node_modules\/semver\// },
  { name: '`projects/onboarding`: GraphQL documents, pre-parsed', test: /projects\/onboarding\/src\/.*documents/ },
  { name: '`projects/onboarding`: flow, gateway, status, catalog, context', test: /projects\/onboarding\// },
  { name: '`src/i18n` (texts)', test: /^src\/i18n\// },
  { name: '`src`: elements, components, gateway client', test: /^src\// },
  { name: '`assets/catalog.json`, compiled in', test: /^assets\// },
];

interface MetafileOutput {
  bytes: number;
  inputs: Record<string, { bytesInOutput: number }>;
}

/** One source's share of a part of the first-state files. */
export interface SourceShare {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The files every page loads (`every page`), or those only one page kind loads, by source. */
export interface PartBreakdown {
  part: string;
  files: string[];
  groups: SourceShare[];
  inputs: SourceShare[];
  rawBytes: number;
  gzipBytes: number;
}

export interface SourceBreakdown {
  /** `every page` first, then one part per page kind (its own files); only `every page` when pages are not split. */
  parts: PartBreakdown[];
  /** Each page's first state (every page's files + its own). */
  pages: { page: string; rawBytes: number; gzipBytes: number }[];
  /** Per page, `package/file` names present under more than one input path, with those paths. */
  duplicates: { page: string; name: string; paths: string[] }[];
}

/** Group name of a metafile input path: the first matching {@link SOURCE_GROUPS} entry, else its package or `other`. */
export function groupOf(input: string): string {
  const group = SOURCE_GROUPS.find((candidate) => candidate.test.test(input));
  if (group) return group.name;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return pkg ? pkg[1] : 'other (esbuild runtime, tslib)';
}

/**
 * Breaks each page's first-state files of the build in `dir` down by source. Throws when `dir/main.js` or the
 * metafile (`dir/stats.json` or `dir/../stats.json`) is missing.
 */
export function sourceBreakdown(dir: string): SourceBreakdown {
  const measurement = measureBundle(dir);
  const statsPath = [join(dir, 'stats.json'), join(dir, '..', 'stats.json')].find((path) => existsSync(path));
  if (!statsPath) throw new Error(`no stats.json in or above ${dir}: build with "ng build --stats-json"`);
  const { outputs } = JSON.parse(readFileSync(statsPath, 'utf8')) as { outputs: Record<string, MetafileOutput> };
  const byFile = new Map(Object.entries(outputs).map(([path, output]) => [basename(path), output]));
  const gzipOf = new Map(measurement.files.map((file) => [file.name, file.gzipBytes]));
  const inputsOf = (files: string[]): SourceShare[] => {
    const inputs = new Map<string, SourceShare>();
    for (const file of files) {
      const output = byFile.get(file);
      if (!output) throw new Error(`${file} is not in ${statsPath}: the metafile is from another build`);
      const weights = Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({
        path,
        bytesInOutput,
        weight: bytesInOutput / compressionRatio(path),
      }));
      const total = weights.reduce((sum, input) => sum + input.weight, 0);
      for (const { path, bytesInOutput, weight } of weights) {
        const share = inputs.get(path) ?? { name: path, rawBytes: 0, gzipBytes: 0 };
        share.rawBytes += bytesInOutput;
        share.gzipBytes += total > 0 ? (gzipOf.get(file)! * weight) / total : 0;
        inputs.set(path, share);
      }
    }
    return [...inputs.values()].sort((a, b) => b.rawBytes - a.rawBytes);
  };

  const pageCount = measurement.pages.length;
  const shared = measurement.files.filter((file) => file.pages.length === pageCount).map((file) => file.name);
  const partFiles: [string, string[]][] = [
    [EVERY_PAGE, shared],
    ...(pageCount > 1
      ? measurement.pages.map((page): [string, string[]] => [page.page, page.files.filter((name) => !shared.includes(name))])
      : []),
  ];
  const sum = (files: string[], key: 'rawBytes' | 'gzipBytes') =>
    measurement.files.filter((file) => files.includes(file.name)).reduce((total, file) => total + file[key], 0);
  return {
    parts: partFiles.map(([part, files]) => {
      const inputs = inputsOf(files);
      return { part, files, groups: groupsOf(inputs), inputs, rawBytes: sum(files, 'rawBytes'), gzipBytes: sum(files, 'gzipBytes') };
    }),
    pages: measurement.pages.map(({ page, rawBytes, gzipBytes }) => ({ page, rawBytes, gzipBytes })),
    duplicates: measurement.pages.flatMap((page) =>
      duplicatesOf(inputsOf(page.files).map((input) => input.name)).map((duplicate) => ({ page: page.page, ...duplicate })),
    ),
  };
}

/** Source shares summed by {@link groupOf}, largest raw first. */
function groupsOf(inputs: SourceShare[]): SourceShare[] {
  const groups = new Map<string, SourceShare>();
  for (const input of inputs) {
    const name = groupOf(input.name);
    const group = groups.get(name) ?? { name, rawBytes: 0, gzipBytes: 0 };
    group.rawBytes += input.rawBytes;
    group.gzipBytes += input.gzipBytes;
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.rawBytes - a.rawBytes);
}

/** raw / gzip assumed for minified code (a first state's overall ratio is 3.6–3.9 with CSS included). */
export const CODE_RATIO = 3.3;

/** Inputs that reach the output as written: UI5's CSS-in-JS modules, generated modules, JSON. */
const DATA_MODULE = /\.css\.js$|\.generated\.|\.json$/;

/**
 * raw / gzip of a metafile input: data modules read from disk (relative to the working directory, where `ng build`
 * ran) and gzipped on their own, code {@link CODE_RATIO}.
 */
function compressionRatio(path: string): number {
  if (!DATA_MODULE.test(path) || !existsSync(path)) return CODE_RATIO;
  const content = readFileSync(path);
  return content.byteLength / gzipBytes(content);
}

/** Package files bundled from more than one path: `pkg/dist/x.js` and `pkg/dist/prod/x.js` count as one file. */
function duplicatesOf(paths: string[]): { name: string; paths: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
    if (!match) continue;
    const name = `${match[1]}/${match[2].replace(/(^|\/)(prod|esm|cjs|umd|es2015|esm2022)\//g, '$1')}`;
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return [...byName.entries()].filter(([, list]) => list.length > 1).map(([name, list]) => ({ name, paths: list }));
}

/**
 * The breakdown as Markdown: one table with a raw and a gzip column per part (every page, each page's own files),
 * each page's first state, optionally the `inputs` largest modules of each part, and the duplicates.
 */
export function breakdownReport(breakdown: SourceBreakdown, inputs = 0): string {
  const { parts } = breakdown;
  const names = [...new Set(parts.flatMap((part) => part.groups.map((group) => group.name)))];
  const totalRaw = (name: string) =>
    parts.reduce((total, part) => total + (part.groups.find((group) => group.name === name)?.rawBytes ?? 0), 0);
  const cells = (share: SourceShare | undefined) => (share ? `${kB(share.rawBytes)} | ${kB(share.gzipBytes)}` : ' | ');
  const lines = [
    `| source | ${parts.map((part) => `${part.part}: raw | gzip ≈`).join(' | ')} |`,
    `|---|${parts.map(() => '---:|---:').join('|')}|`,
    ...names
      .sort((a, b) => totalRaw(b) - totalRaw(a))
      .map((name) => `| ${name} | ${parts.map((part) => cells(part.groups.find((group) => group.name === name))).join(' | ')} |`),
    `| **files** | ${parts.map((part) => `**${kB(part.rawBytes)}** | **${kB(part.gzipBytes)}**`).join(' | ')} |`,
    '',
    ...breakdown.pages.map((page) => `First state, ${page.page}: ${kB(page.rawBytes)} raw, ${kB(page.gzipBytes)} gzip.`),
  ];
  const row = (share: SourceShare) => `| ${share.name} | ${kB(share.rawBytes)} | ${kB(share.gzipBytes)} |`;
  if (inputs > 0) {
    for (const part of parts) {
      lines.push('', `| module (${part.part}) | raw | gzip ≈ |`, '|---|---:|---:|', ...part.inputs.slice(0, inputs).map(row));
    }
  }
  lines.push(
    '',
    breakdown.duplicates.length === 0
      ? "No module is bundled twice in a page's first state."
      : `Bundled twice: ${breakdown.duplicates.map((duplicate) => `${duplicate.page}: ${duplicate.paths.join(' + ')}`).join('; ')}`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const inputsFlag = args.indexOf('--inputs');
  const inputs = inputsFlag >= 0 ? Number(args[inputsFlag + 1]) : 0;
  const dir = resolve(
    args.find((arg, index) => !arg.startsWith('--') && (inputsFlag < 0 || index !== inputsFlag + 1)) ?? 'dist/stats/browser',
  );
  console.log(breakdownReport(sourceBreakdown(dir), inputs));
}
