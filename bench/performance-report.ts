/**
 * `npm run bench`: performance report of the production bundle against the gateway emulator, in Chromium, in two
 * modes: the local portal (Luigi) and a minimal host page without Luigi (bench/host-page.ts: a LuigiClient stub, the
 * same context). Not a test: prints figures (medians of several cold page loads, with min–max) as Markdown tables.
 *
 *   npm run bench [-- --runs 7 --skip-build --mode both|portal|host]   (--skip-build reuses dist/bench)
 *   env BENCH_GATEWAY_PORT (default 5010), BENCH_PORTAL_PORT (5011); the host page takes an ephemeral port
 *
 * Rows: per scenario, the overview and each tool page. `fresh`: control plane Ready, nothing activated (complete =
 * Activate offered), plus the KRO page opened at its configure form (its lazy chunks included). `installing`: the
 * page's tool (overview: the first catalog tool) has its binding Bound, claims accepted and its enablement resource
 * created, and stays Provisioning (complete = `data-step="installing"`). Each run: emulator reset, a fresh browser
 * context (cold cache), navigation, then
 * - JS raw / gzip: the bundle's JavaScript (main.js + chunk-*.js) received until 1 s after the first complete state,
 *   gzipped at nginx's level (deploy/nginx; the local servers send it uncompressed);
 * - GraphQL HTTP requests: gateway POSTs without `Accept: text/event-stream`, started until the first complete state;
 * - open SSE streams: gateway streams open 1 s after the first complete state;
 * - ms nav → complete: navigation start (performance.timeOrigin) to the first frame showing the complete state
 *   (bench/page-probe.ts);
 * - ms change → screen (fresh only): another client creates the tool's APIBinding through the gateway (overview:
 *   Crossplane's); from just before that request to the first frame whose `data-step` differs;
 * - ms operator step → screen (fresh only): from the simulated operator's commit of `Bound` on that binding (observed
 *   in-process on the emulator's store) to the first frame showing a step after `activating`;
 * - start times from navigation start (browser request timing): main.js, the last initial file (the page kind's first
 *   state: main.js, the application chunk, the page's chunk and their static imports, see bench/bundle-size.ts), the
 *   catalog, the first GraphQL request (query or stream), and the gap from the end of the last initial file to that
 *   request.
 * The change columns are `n/a` when the screen did not follow within 5 s, and not measured for the other rows.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_WORKSPACE, BenchEnvironment, startBenchEnvironment } from './bench-environment';
import type { ToolDefinition } from '../projects/onboarding/src/public-api';
import { budgetProblems, type BundleMeasurement, bundleSizeReport, firstStateFiles, measureBundle } from './bundle-size';
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

type Mode = 'portal' | 'host';
type Scenario = 'fresh' | 'installing';

interface BenchPage {
  title: string;
  scenario: Scenario;
  /** Luigi route of the local portal, e.g. `#/team-a/openmcp/kro`. */
  route: string;
  /** Tag and content node context the host page mounts (what Luigi gives the node). */
  host: { tag: string; nodeContext: Record<string, unknown> };
  screen: ProbedScreen;
  /** Tool put into the installing step before the navigation. */
  installing?: ToolDefinition;
  /** APIBinding created (and awaited Bound) before the navigation, e.g. to open a tool page at its configure form. */
  boundBefore?: string;
  /** Tool whose APIBinding is created to produce the status change; none: no change is measured. */
  changedTool?: { id: string; exportName: string };
}

/** Tool whose page is also measured with its configure form open (all tools share the form's lazy chunks). */
const CONFIGURE_FORM_TOOL = 'kro';

/** Keeps an installing tool installing for the whole run (timings `fast` otherwise). */
const INSTALLING_TIMINGS = { toolReadyMs: 600_000 };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
    mode: { type: 'string', default: 'both' },
  },
});

/** Builds the production bundle (production is the default configuration of `ng build`) into BENCH_OUTPUT. */
function buildProduction(): void {
  const check = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['projects/onboarding/scripts/check-catalog.ts'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (check.status !== 0) throw new Error('assets/catalog.json is not a valid catalog; fix it and run npm run bench again');
  console.log(`Building the production bundle (ng build --output-path ${BENCH_OUTPUT} --stats-json) …`);
  // stats.json (esbuild's metafile) names the lazy chunks in the bundle report.
  const args = ['build', '--output-path', BENCH_OUTPUT, '--stats-json'];
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/ng'), args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`ng build failed (exit ${result.status ?? result.signal}); fix the build and run npm run bench again`);
}

/** Per scenario the overview and one page per catalog tool (fresh: also the configure form), with portal routes. */
function benchPages(): BenchPage[] {
  const catalog = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'assets/catalog.json'), 'utf8')) as { tools: ToolDefinition[] };
  const content = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/content-configuration.json'), 'utf8')) as {
    luigiConfigFragment: { data: { nodes: ContentNode[] } };
  };
  const root = content.luigiConfigFragment.data.nodes[0];
  const account = BENCH_WORKSPACE.split(':').at(-1);
  const overviewNode = root.children?.find((child) => child.pathSegment === 'overview') ?? root;
  const nodeOf = (tool: ToolDefinition) => root.children?.find((child) => child.webcomponent?.tagName === tool.tagName) ?? root;
  // Luigi hands a node the contexts of its ancestors merged with its own.
  const hostOf = (node: ContentNode) => ({ tag: node.webcomponent?.tagName ?? '', nodeContext: { ...root.context, ...node.context } });
  const route = (node: ContentNode) => `#/${account}/${root.pathSegment}/${node === root ? '' : node.pathSegment}`;
  const toolIds = catalog.tools.map((tool) => tool.id);
  const first = catalog.tools[0];
  const pages = (scenario: Scenario): BenchPage[] => [
    {
      title: `overview, ${scenario}`,
      scenario,
      route: route(overviewNode),
      host: hostOf(overviewNode),
      screen: { kind: 'overview', toolIds, steps: scenario === 'installing' ? { [first.id]: 'installing' } : {} },
      ...(scenario === 'fresh' ? { changedTool: first } : { installing: first }),
    },
    ...catalog.tools.map((tool) => ({
      title: `${tool.label.en} page, ${scenario}`,
      scenario,
      route: route(nodeOf(tool)),
      host: hostOf(nodeOf(tool)),
      screen: { kind: 'tool', toolId: tool.id, step: scenario === 'fresh' ? SEEDED_STEP : 'installing' } as const,
      ...(scenario === 'fresh' ? { changedTool: tool } : { installing: tool }),
    })),
  ];
  const formTool = catalog.tools.find((tool) => tool.id === CONFIGURE_FORM_TOOL);
  const form: BenchPage[] = formTool
    ? [
        {
          title: `${formTool.label.en} page, configure form`,
          scenario: 'fresh',
          route: route(nodeOf(formTool)),
          host: hostOf(nodeOf(formTool)),
          screen: { kind: 'tool', toolId: formTool.id, step: 'configure', definedTags: ['ui5-select'] },
          boundBefore: formTool.exportName,
        },
      ]
    : [];
  return [...pages('fresh'), ...form, ...pages('installing')];
}

interface ContentNode {
  pathSegment: string;
  context?: Record<string, unknown>;
  webcomponent?: { tagName?: string };
  children?: ContentNode[];
}

async function measureRun(
  environment: BenchEnvironment,
  browser: import('@playwright/test').Browser,
  page: BenchPage,
  mode: Mode,
  bundle: BundleMeasurement,
): Promise<RunFigures> {
  await environment.resetToReadyControlPlane(page.scenario === 'installing' ? INSTALLING_TIMINGS : {});
  if (page.installing) await environment.startInstalling(page.installing);
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
    const url =
      mode === 'portal'
        ? `${environment.portalUrl}/?user=admin${page.route}`
        : environment.hostPage.pageUrl(page.host.tag, page.host.nodeContext);
    await tab.goto(url, { waitUntil: 'commit' });
    const complete = await waitForFirstComplete(tab, page.screen, FIRST_COMPLETE_TIMEOUT_MS);
    const navigationStart = (await tab.evaluate('performance.timeOrigin')) as number;
    await tab.waitForTimeout(STREAM_SETTLE_MS);
    const openStreams = recorder.openStreams();
    recorder.stopBundleRecording();
    const bytes = await recorder.bundleBytes();
    const loads = recorder.loadTimings(firstStateFiles(bundle, page.screen.kind === 'overview' ? 'overview' : 'tool-page'));

    return {
      jsRawBytes: bytes.raw,
      jsGzipBytes: bytes.gzip,
      graphqlRequests: recorder.graphqlRequestsUntil(complete.at),
      openStreams,
      msToFirstComplete: complete.at - navigationStart,
      ...(page.changedTool
        ? await measureChange(environment, tab, page, page.changedTool)
        : { msChangeToScreen: null, msOperatorStepToScreen: null }),
      msMainJsStart: loads.mainJsStart - navigationStart,
      msLastInitialStart: loads.lastInitialStart - navigationStart,
      msCatalogStart: loads.catalogStart === null ? null : loads.catalogStart - navigationStart,
      msFirstGraphqlStart: loads.firstGraphqlStart - navigationStart,
      msInitialEndToGraphql: loads.firstGraphqlStart - loads.lastInitialEnd,
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
  const afterBound = await waitForStep(
    tab,
    (sample) => sample.step !== null && !BEFORE_BOUND_STEPS.includes(sample.step),
    CHANGE_TIMEOUT_MS,
  );
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
  const modes: Mode[] = values.mode === 'both' ? ['host', 'portal'] : [values.mode as Mode];
  if (!modes.every((mode) => mode === 'host' || mode === 'portal'))
    throw new Error(`--mode must be both, portal or host (got ${values.mode})`);
  if (!values['skip-build']) buildProduction();
  const bundle = measureBundle(ELEMENTS_DIR);
  console.log(`\nBundle (${ELEMENTS_DIR}):\n${bundleSizeReport(bundle)}\n`);
  budgetProblems(bundle).forEach((problem) => console.warn(`budget exceeded: ${problem}`));

  const environment = await startBenchEnvironment(ELEMENTS_DIR, {
    gateway: Number(process.env['BENCH_GATEWAY_PORT'] ?? 5010),
    portal: Number(process.env['BENCH_PORTAL_PORT'] ?? 5011),
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const startedAt = Date.now();
  try {
    const pages = benchPages();
    const tables: string[] = [];
    for (const mode of modes) {
      await measureRun(environment, browser, pages[0], mode, bundle); // warm-up (server JIT, emulator schema), not counted
      const rows: { page: string; runs: RunFigures[] }[] = [];
      for (const page of pages) {
        const figures: RunFigures[] = [];
        for (let run = 1; run <= runs; run++) figures.push(await measureRun(environment, browser, page, mode, bundle));
        console.log(`  ${mode}: ${page.title}: ${runs} runs done`);
        rows.push({ page: page.title, runs: figures });
      }
      tables.push(`${mode === 'host' ? 'Host page (no Luigi)' : 'Local portal (Luigi)'}:\n\n${figuresTable(rows)}`);
    }
    const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1);
    console.log(
      `\nMedians (min–max) of ${runs} runs (Chromium ${browser.version()}, emulator timings "fast", ${new Date().toISOString()}, ${minutes} min):\n`,
    );
    console.log(tables.join('\n\n'));
  } finally {
    await browser.close();
    await environment.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
