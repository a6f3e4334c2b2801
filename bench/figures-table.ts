/** Figures of one page load (one run). `null` = not observed (e.g. the screen never showed the change). */
export interface RunFigures {
  jsRawBytes: number;
  jsGzipBytes: number;
  graphqlRequests: number;
  openStreams: number;
  msToFirstComplete: number;
  msChangeToScreen: number | null;
  msOperatorStepToScreen: number | null;
  /** Start times from navigation start (ms): main.js, the last initial file, the catalog (null: not fetched), the first GraphQL request. */
  msMainJsStart: number;
  msLastInitialStart: number;
  msCatalogStart: number | null;
  msFirstGraphqlStart: number;
  /** From the end of the last initial file to the start of the first GraphQL request (the waterfall goal: ≤ 20). */
  msInitialEndToGraphql: number;
}

export type FigureName = keyof RunFigures;

/** Median of the observed values (mean of the middle two for an even count); null when nothing was observed. */
export function median(values: readonly (number | null)[]): number | null {
  const observed = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (observed.length === 0) return null;
  const middle = Math.floor(observed.length / 2);
  return observed.length % 2 ? observed[middle] : (observed[middle - 1] + observed[middle]) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => value.toFixed(0);

/** `spread`: show the range of the runs beside the median when the runs differ. */
const COLUMNS: { name: FigureName; title: string; format: (value: number) => string; spread?: true }[] = [
  { name: 'jsRawBytes', title: 'JS raw', format: kB, spread: true },
  { name: 'jsGzipBytes', title: 'JS gzip', format: kB, spread: true },
  { name: 'graphqlRequests', title: 'GraphQL HTTP req.', format: (count) => String(count), spread: true },
  { name: 'openStreams', title: 'open SSE streams', format: (count) => String(count), spread: true },
  { name: 'msToFirstComplete', title: 'ms nav → complete', format: (ms) => ms.toFixed(0), spread: true },
  { name: 'msChangeToScreen', title: 'ms change → screen', format: (ms) => ms.toFixed(0), spread: true },
  { name: 'msOperatorStepToScreen', title: 'ms operator step → screen', format: (ms) => ms.toFixed(0), spread: true },
  { name: 'msMainJsStart', title: 'ms main.js start', format: ms, spread: true },
  { name: 'msLastInitialStart', title: 'ms last initial chunk start', format: ms, spread: true },
  { name: 'msCatalogStart', title: 'ms catalog start', format: ms, spread: true },
  { name: 'msFirstGraphqlStart', title: 'ms first GraphQL start', format: ms, spread: true },
  { name: 'msInitialEndToGraphql', title: 'ms initial chunks end → GraphQL', format: ms, spread: true },
];

/**
 * Markdown table of the medians, one row per page, e.g. `| overview | 180.2 kB | 1 | 1 | 640 (610–700) | 45 (30–80) |`:
 * spread columns add `(min–max)` when the runs differ; a figure observed in fewer runs than `runs` adds `(n/runs)`.
 */
export function figuresTable(rows: { page: string; runs: RunFigures[] }[]): string {
  const header = `| page | ${COLUMNS.map((column) => column.title).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---:').join('|')}|`;
  const lines = rows.map(({ page, runs }) => {
    const cells = COLUMNS.map((column) => {
      const values = runs.map((run) => run[column.name]);
      const value = median(values);
      const observed = values.filter((entry) => entry !== null).length;
      if (value === null) return 'n/a';
      const seen = values.filter((entry): entry is number => entry !== null);
      const [low, high] = [Math.min(...seen), Math.max(...seen)];
      const range = column.spread && low !== high ? ` (${column.format(low)}–${column.format(high)})` : '';
      const partial = observed < runs.length ? ` (${observed}/${runs.length})` : '';
      return `${column.format(value)}${range}${partial}`;
    });
    return `| ${page} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}
