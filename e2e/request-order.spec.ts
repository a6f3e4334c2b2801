import type { APIRequestContext, Page, Request } from '@playwright/test';
import { resolve } from 'node:path';
import { firstStateFiles, measureBundle } from '../bench/bundle-size';
import { isPortalShellQuery } from '../bench/network-recorder';
import type { PortalSettings } from '../projects/portal/src/settings/portal-settings';
import { tool } from './catalog';
import { PORTAL_URL } from './e2e-env';
import { expect, test } from './fixtures';
import { OperationLog } from './operation-log';

/**
 * No request waterfall before the first GraphQL query (README "Start-up without a waterfall",
 * docs/onboarding-ui.md §12): with the shipped catalog, the catalog request starts while the initial chunks are still
 * loading (`main.js` starts it when evaluated), `main.js` itself sends the page's state query as soon as the element
 * has its context, and the application takes that request over instead of sending it again. With a
 * `context.catalogUrl` override the application sends its own query. The initial chunks are the page kind's first
 * state (bench/bundle-size.ts: `main.js`, the application chunk, the page's chunk); the other page kind's chunk is not
 * loaded. Order of the browser's request events and the callers of `fetch`, not timings.
 */

/** Folder the e2e web server's production build writes (`npm start -- --configuration production`). */
const ELEMENTS_DIR = resolve(__dirname, '../dist/elements');

/** Request types the elements' JavaScript issues (Playwright's `resourceType()`). */
const SCRIPT_OR_FETCH = new Set(['script', 'fetch', 'xhr']);

type RequestEvent = { kind: 'start' | 'end'; request: Request };

/**
 * Every request start and end of the page but the local portal shell's own navigation query (the real portal runs it
 * on its server), in the order the browser reported them.
 */
function recordRequests(page: Page): RequestEvent[] {
  const events: RequestEvent[] = [];
  const record = (kind: RequestEvent['kind']) => (request: Request) => {
    if (!isPortalShellQuery(request)) events.push({ kind, request });
  };
  page.on('request', record('start'));
  page.on('requestfinished', record('end'));
  page.on('requestfailed', record('end'));
  return events;
}

/** A GraphQL `fetch` call of the page: its operation and the script file that called `fetch`. */
interface FetchCall {
  operationName: string;
  script: string;
}

/**
 * Records, before any script of the page runs, which script file calls `fetch` with a GraphQL body: `main.js` for the
 * early state request, an application chunk for a request Apollo sends itself. A request handed over to Apollo is
 * no second `fetch` call.
 */
async function recordGraphQLFetches(page: Page): Promise<() => Promise<FetchCall[]>> {
  await page.addInitScript(() => {
    const calls: { operationName: string; script: string }[] = [];
    (window as unknown as { graphqlFetches: typeof calls }).graphqlFetches = calls;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (typeof init?.body === 'string' && init.body.includes('"operationName"')) {
        // Frame 0 is this wrapper; frame 1 the caller, e.g. `at r (http://127.0.0.1:4901/main.js:1:2345)`.
        const caller = (new Error().stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '))[1] ?? '';
        const operationName = (JSON.parse(init.body) as { operationName?: string }).operationName ?? '';
        calls.push({ operationName, script: /\/([^/?#:]+\.js)[?#:]/.exec(caller)?.[1] ?? caller });
      }
      return original(input, init);
    };
  });
  return () => page.evaluate(() => (window as unknown as { graphqlFetches: FetchCall[] }).graphqlFetches);
}

const fileName = (request: Request) => new URL(request.url()).pathname.split('/').at(-1) ?? '';
const isCatalog = (request: Request) => new URL(request.url()).pathname.endsWith('/assets/catalog.json');
/** A gateway query or mutation (HTTP POST), not a graphql-sse stream. */
const isGatewayQuery = (request: Request) =>
  request.method() === 'POST' &&
  new URL(request.url()).pathname.endsWith('/graphql') &&
  request.headers()['accept'] !== 'text/event-stream';
const operationOf = (request: Request) => (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName;

/** Describes the log for failure messages, e.g. `start main.js, end main.js, start catalog.json, …`. */
const logOf = (events: RequestEvent[]) =>
  events.map((event) => `${event.kind} ${fileName(event.request) || event.request.url()}`).join(', ');

// Route, page kind, the element with `data-step` once the first state is shown (fresh workspace: not activated), state
// query.
for (const [route, pageKind, tag, stepTestId, stateQuery] of [
  ['openmcp/overview', 'overview', 'openmcp-tools-overview', 'tool-card-kro', 'OverviewState'],
  [`openmcp/${tool('kro').pathSegment}`, 'tool-page', tool('kro').tagName, 'status', 'ToolState'],
] as const) {
  test(`${route}: the catalog loads beside the initial chunks and main.js sends the ${stateQuery} request, which the application takes over`, async ({
    page,
    portal,
  }) => {
    const bundle = measureBundle(ELEMENTS_DIR);
    const initialFiles = firstStateFiles(bundle, pageKind);
    const otherPages = bundle.files.filter((file) => file.pages.length > 0 && !initialFiles.has(file.name)).map((file) => file.name);
    expect(otherPages.length, 'the other page kind has a chunk of its own').toBeGreaterThan(0);
    const events = recordRequests(page);
    const fetches = await recordGraphQLFetches(page);
    const log = new OperationLog();
    await portal.open(route);
    await expect(page.locator(tag).getByTestId(stepTestId)).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });

    const initialEnds = events.filter((event) => event.kind === 'end' && initialFiles.has(fileName(event.request)));
    expect(new Set(initialEnds.map((event) => fileName(event.request))), logOf(events)).toEqual(initialFiles);
    const lastInitialEnd = events.indexOf(initialEnds.at(-1)!);

    const catalogStarts = events.flatMap((event, index) => (event.kind === 'start' && isCatalog(event.request) ? [index] : []));
    expect(catalogStarts, `one catalog request: ${logOf(events)}`).toHaveLength(1);
    expect(catalogStarts[0], `catalog request started before the last initial chunk finished: ${logOf(events)}`).toBeLessThan(
      lastInitialEnd,
    );

    // The state query is the first gateway request, and nothing the page's scripts start after the initial chunks
    // comes before it (it may start before they finish). Scripts and fetches only: fonts load whenever UI5 uses them.
    const firstQuery = events.findIndex((event) => event.kind === 'start' && isGatewayQuery(event.request));
    expect(firstQuery, `a gateway request: ${logOf(events)}`).toBeGreaterThanOrEqual(0);
    expect(operationOf(events[firstQuery].request)).toBe(stateQuery);
    const otherAfterChunks = events.findIndex(
      (event, index) =>
        index > lastInitialEnd && event.kind === 'start' && SCRIPT_OR_FETCH.has(event.request.resourceType()) && index !== firstQuery,
    );
    expect(
      otherAfterChunks === -1 || firstQuery < otherAfterChunks,
      `no script or fetch started after the initial chunks comes before the ${stateQuery} request: ${logOf(events)}`,
    ).toBe(true);
    const loadedOthers = events.filter((event) => event.kind === 'start' && otherPages.includes(fileName(event.request)));
    expect(loadedOthers, `no chunk of the other page kind: ${logOf(events)}`).toEqual([]);

    // Sent once, by main.js; Apollo got the prefetched answer instead of calling fetch itself.
    expect((await fetches()).filter((call) => call.operationName === stateQuery)).toEqual([
      { operationName: stateQuery, script: 'main.js' },
    ]);
    expect(events.filter((event) => event.kind === 'start' && operationOf(event.request) === stateQuery)).toHaveLength(1);
    expect(log.since(stateQuery)).toHaveLength(1);
  });
}

/** Context for an element outside Luigi: the local portal's gateway URL and admin token (its settings). */
async function elementContext(request: APIRequestContext): Promise<Record<string, unknown>> {
  const settings = (await (await request.get(`${PORTAL_URL}/local/settings.json`)).json()) as PortalSettings;
  const [account] = settings.accounts;
  const admin = settings.users.find((user) => user.id === 'admin') ?? settings.users[0];
  return { token: admin.token, accountPath: account.path, portalContext: { crdGatewayApiUrl: account.gatewayUrl } };
}

test('a context.catalogUrl override is honoured: no early state request, the application sends its own ToolState once', async ({
  page,
  request,
  consoleWatch,
}) => {
  // The probe page is a JSON URL of the portal server: Chromium asks that server for a favicon it does not have.
  consoleWatch.allow(/favicon\.ico/);
  const kro = tool('kro');
  // The shipped catalog's content under another URL (relative to the bundled catalog's): only the override decides.
  const context = { ...(await elementContext(request)), catalogUrl: 'catalog.json?override=1' };
  const events = recordRequests(page);
  const fetches = await recordGraphQLFetches(page);
  const log = new OperationLog();
  // A page served from loopback (Chromium's Local Network Access lets only those call the loopback gateway); as Luigi
  // does, the element is created and gets its context right after main.js was evaluated.
  await page.goto(`${PORTAL_URL}/local/settings.json`);
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ url: `${PORTAL_URL}/main.js`, type: 'module' });
  await page.evaluate(
    ({ tag, value }) => {
      const element = document.createElement(tag) as HTMLElement & { context?: unknown };
      element.context = value;
      document.body.append(element);
    },
    { tag: kro.tagName, value: context },
  );
  await expect(page.locator(kro.tagName).getByTestId('status')).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });

  const overrideEnd = events.findIndex(
    (event) => event.kind === 'end' && isCatalog(event.request) && new URL(event.request.url()).search !== '',
  );
  expect(overrideEnd, `the override catalog was loaded: ${logOf(events)}`).toBeGreaterThanOrEqual(0);
  const stateStarts = events.flatMap((event, index) =>
    event.kind === 'start' && operationOf(event.request) === 'ToolState' ? [index] : [],
  );
  expect(stateStarts, `one ToolState request: ${logOf(events)}`).toHaveLength(1);
  expect(stateStarts[0], `ToolState after the override catalog: ${logOf(events)}`).toBeGreaterThan(overrideEnd);
  const [call] = await fetches();
  expect(call?.operationName).toBe('ToolState');
  expect(call?.script, 'sent by the application, not main.js').not.toBe('main.js');
  expect(log.since('ToolState')).toHaveLength(1);
});
