/**
 * `npm run bench`: performance report of the production bundle in the local portal (Luigi) against the gateway
 * emulator, in Chromium. Not a test: prints figures (medians of several cold page loads) as a Markdown table.
 *
 *   npm run bench [-- --runs 5 --skip-build]      (--skip-build reuses the last bench build in dist/bench)
 *   env BENCH_GATEWAY_PORT (default 5010), BENCH_PORTAL_PORT (5011)
 *
 * Per page (overview, each tool page, and the KRO page opened at its configure form, i.e. with the form's lazy chunks),
 * each run: emulator reset to its seed with the control plane Ready (for the form: the binding created and Bound), a
 * fresh browser context (cold cache), navigation to the page, then
 * - JS gzip: the bundle's JavaScript (main.js + chunk-*.js) the page received until 1 s after its first complete
 *   state, gzipped at nginx's level (deploy/nginx; the local portal itself serves it uncompressed);
 * - GraphQL HTTP requests: gateway POSTs without `Accept: text/event-stream`, started until the first complete state;
 * - open SSE streams: gateway streams open 1 s after the first complete state;
 * - ms nav → complete: navigation start (performance.timeOrigin) to the first frame showing the complete state
 *   (bench/page-probe.ts: `data-step="not-activated"` on the tool page or on every overview card; for the form row
 *   `data-step="configure"` with `ui5-select` defined);
 * - ms change → screen: another client creates the tool's APIBinding through the gateway (overview: Crossplane's);
 *   from just before that request to the first frame whose `data-step` differs;
 * - ms operator step → screen: from the simulated operator's commit of `Bound` on that binding (observed in-process
 *   on the emulator's store) to the first frame showing a step after `activating`.
 * Both are `n/a` when the screen did not follow within 5 s (the page does not follow live changes), and not measured
 * for the configure-form row.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_WORKSPACE, BenchEnvironment, startBenchEnvironment } from './bench-environment';
import { bundleSizeReport, measureBundle } from './bundle-size';
import { figuresTable, RunFigures } from './figures-table';
import { NetworkRecorder } from './network-recorder';
import { ProbedScreen, SEEDED_STEP, startStepTimeline, waitForFirstComplete, waitForStep } from './page-probe';

const REPO_ROOT = resolve(__dirname, '..');
/** Private build output (`ng build --output-path dist/bench` writes the browser files to `browser/`), so the bench
 * neither reads a development build of `npm start` nor races other builds of dist/elements. */
const BENCH_OUTPUT = join(REPO_ROOT, 'dist/bench');
const ELEMENTS_DIR = join(BENCH_OUTPUT, 'browser');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const FIRST_COMPLETE_TIMEOUT_MS = 30_000;
const CHANGE_TIMEOUT_MS = 5_000;
const STREAM_SETTLE_MS = 1_000;
/** Steps a screen shows for a tool before the operator has bound its APIBinding (OnboardingStep). */
const BEFORE_BOUND_STEPS = [SEEDED_STEP, 'activating'];

interface BenchPage {
  title: string;
  route: string;
  screen: ProbedScreen;
  /** APIBinding created (and awaited Bound) before the navigation, e.g. to open a tool page at its configure form. */
  boundBefore?: string;
  /** Tool whose APIBinding is created to produce the status change; none: no change is measured. */
  changedTool?: { id: string; exportName: string };
}

/** Tool whose page is also measured with its configure form open (all tools share the form's lazy chunks). */
const CONFIGURE_FORM_TOOL = 'kro';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
  },
});

/** Builds the production bundle (production is the default configuration of `ng build`) into BENCH_OUTPUT. */
function buildProduction(): void {
  console.log(`Building the production bundle (ng build --output-path ${BENCH_OUTPUT} --stats-json) …`);
  // stats.json (esbuild's metafile) names the lazy chunks in the bundle report.
  const args = ['build', '--output-path', BENCH_OUTPUT, '--stats-json'];
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/ng'), args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`ng build failed (exit ${result.status ?? result.signal}); fix the build and run npm run bench again`);
}

/** Overview + one page per catalog tool, with the Luigi routes of the shipped content document. */
function benchPages(): BenchPage[] {
  const catalog = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'assets/catalog.json'), 'utf8')) as {
    tools: { id: string; label: { en: string }; pathSegment: string; exportName: string }[];
  };
  const content = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/content-configuration.json'), 'utf8')) as {
    luigiConfigFragment: { data: { nodes: { pathSegment: string; children?: { pathSegment: string }[] }[] } };
  };
  const root = content.luigiConfigFragment.data.nodes[0];
  const account = BENCH_WORKSPACE.split(':').at(-1);
  const route = (segment: string) => `#/${account}/${root.pathSegment}/${segment}`;
  const toolIds = catalog.tools.map((tool) => tool.id);
  const first = catalog.tools[0];
  return [
    {
      title: 'overview',
      route: route(root.children?.find((child) => child.pathSegment === 'overview')?.pathSegment ?? 'overview'),
      screen: { kind: 'overview', toolIds },
      changedTool: { id: first.id, exportName: first.exportName },
    },
    ...catalog.tools.map((tool) => ({
      title: `${tool.label.en} page`,
      route: route(tool.pathSegment),
      screen: { kind: 'tool', toolId: tool.id, step: SEEDED_STEP } as const,
      changedTool: { id: tool.id, exportName: tool.exportName },
    })),
    ...catalog.tools
      .filter((tool) => tool.id === CONFIGURE_FORM_TOOL)
      .map((tool) => ({
        title: `${tool.label.en} page, configure form`,
        route: route(tool.pathSegment),
        screen: { kind: 'tool', toolId: tool.id, step: 'configure', definedTags: ['ui5-select'] } as const,
        boundBefore: tool.exportName,
      })),
  ];
}

async function measureRun(environment: BenchEnvironment, browser: import('@playwright/test').Browser, page: BenchPage): Promise<RunFigures> {
  await environment.resetToReadyControlPlane();
  if (page.boundBefore) {
    const bound = environment.whenBound(page.boundBefore);
    await environment.activateElsewhere(page.boundBefore);
    if ((await Promise.race([bound, delay(CHANGE_TIMEOUT_MS).then(() => null)])) === null) {
      throw new Error(`APIBinding ${page.boundBefore} not Bound within ${CHANGE_TIMEOUT_MS} ms`);
    }
  }
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const recorder = new NetworkRecorder(tab, '/');
    await tab.goto(`${environment.portalUrl}/?user=admin${page.route}`, { waitUntil: 'commit' });
    const complete = await waitForFirstComplete(tab, page.screen, FIRST_COMPLETE_TIMEOUT_MS);
    const navigationStart = (await tab.evaluate('performance.timeOrigin')) as number;
    await tab.waitForTimeout(STREAM_SETTLE_MS);
    const openStreams = recorder.openStreams();
    recorder.stopBundleRecording();
    const bundleGzipBytes = await recorder.bundleGzipBytes();

    return {
      bundleGzipBytes,
      graphqlRequests: recorder.graphqlRequestsUntil(complete.at),
      openStreams,
      msToFirstComplete: complete.at - navigationStart,
      ...(page.changedTool ? await measureChange(environment, tab, page, page.changedTool) : { msChangeToScreen: null, msOperatorStepToScreen: null }),
    };
  } finally {
    await context.close();
  }
}

/** Creates `tool`'s APIBinding as another client and times the screen's reaction to it and to the operator's Bound. */
async function measureChange(
  environment: BenchEnvironment,
  tab: import('@playwright/test').Page,
  page: BenchPage,
  tool: { id: string; exportName: string },
): Promise<Pick<RunFigures, 'msChangeToScreen' | 'msOperatorStepToScreen'>> {
  await startStepTimeline(tab, page.screen, tool.id);
  const bound = environment.whenBound(tool.exportName);
  const sentAt = await environment.activateElsewhere(tool.exportName);
  const changed = await waitForStep(tab, (sample) => sample.at >= sentAt && sample.step !== SEEDED_STEP, CHANGE_TIMEOUT_MS);
  const afterBound = await waitForStep(tab, (sample) => sample.step !== null && !BEFORE_BOUND_STEPS.includes(sample.step), CHANGE_TIMEOUT_MS);
  // Bound is committed before the screen can show a later step; a later step without Bound (e.g. an error) is n/a.
  const boundAt = afterBound ? await Promise.race([bound, delay(CHANGE_TIMEOUT_MS).then(() => null)]) : null;
  if (!changed || !afterBound) console.warn(`  ${page.title}: the screen did not follow the change within ${CHANGE_TIMEOUT_MS} ms (n/a)`);
  return {
    msChangeToScreen: changed ? changed.at - sentAt : null,
    msOperatorStepToScreen: afterBound && boundAt !== null ? afterBound.at - boundAt : null,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}

async function main(): Promise<void> {
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer (got ${values.runs})`);
  if (!values['skip-build']) buildProduction();
  console.log(`\nBundle (${ELEMENTS_DIR}):\n${bundleSizeReport(measureBundle(ELEMENTS_DIR))}\n`);

  const environment = await startBenchEnvironment(ELEMENTS_DIR, {
    gateway: Number(process.env['BENCH_GATEWAY_PORT'] ?? 5010),
    portal: Number(process.env['BENCH_PORTAL_PORT'] ?? 5011),
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const pages = benchPages();
    await measureRun(environment, browser, pages[0]); // warm-up (server JIT, emulator schema), not counted
    const rows: { page: string; runs: RunFigures[] }[] = [];
    for (const page of pages) {
      const figures: RunFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        figures.push(await measureRun(environment, browser, page));
        console.log(`  ${page.title}: run ${run}/${runs} done`);
      }
      rows.push({ page: page.title, runs: figures });
    }
    console.log(`\nMedians of ${runs} runs (Chromium ${browser.version()}, emulator timings "fast", ${new Date().toISOString()}):\n`);
    console.log(figuresTable(rows));
  } finally {
    await browser.close();
    await environment.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
