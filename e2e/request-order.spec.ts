import type { Page, Request } from '@playwright/test';
import { resolve } from 'node:path';
import { firstStateFiles, measureBundle } from '../bench/bundle-size';
import { isPortalShellQuery } from '../bench/network-recorder';
import { tool } from './catalog';
import { expect, test } from './fixtures';

/**
 * No request waterfall before the first GraphQL query (README "Performance report"): with the shipped catalog, the
 * catalog request starts while the initial chunks are still loading (`main.js` starts it when evaluated) and the
 * first gateway request is the next request the page starts after the last initial chunk finished. The initial
 * chunks are the page kind's first state (bench/bundle-size.ts: `main.js`, the application chunk, the page's chunk);
 * the other page kind's chunk is not loaded. Order of the browser's request events, not timings.
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

const fileName = (request: Request) => new URL(request.url()).pathname.split('/').at(-1) ?? '';
const isCatalog = (request: Request) => new URL(request.url()).pathname.endsWith('/assets/catalog.json');
const isGateway = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql');

/** Describes the log for failure messages, e.g. `start main.js, end main.js, start catalog.json, …`. */
const logOf = (events: RequestEvent[]) =>
  events.map((event) => `${event.kind} ${fileName(event.request) || event.request.url()}`).join(', ');

for (const [route, pageKind] of [
  ['openmcp/overview', 'overview'],
  [`openmcp/${tool('kro').pathSegment}`, 'tool-page'],
]) {
  test(`${route}: the catalog loads beside the initial chunks and the first GraphQL request follows them directly`, async ({
    page,
    portal,
  }) => {
    const bundle = measureBundle(ELEMENTS_DIR);
    const initialFiles = firstStateFiles(bundle, pageKind);
    const otherPages = bundle.files.filter((file) => file.pages.length > 0 && !initialFiles.has(file.name)).map((file) => file.name);
    expect(otherPages.length, 'the other page kind has a chunk of its own').toBeGreaterThan(0);
    const events = recordRequests(page);
    await portal.open(route);
    await expect.poll(() => events.some((event) => event.kind === 'start' && isGateway(event.request)), { timeout: 20_000 }).toBe(true);

    const initialEnds = events.filter((event) => event.kind === 'end' && initialFiles.has(fileName(event.request)));
    expect(new Set(initialEnds.map((event) => fileName(event.request))), logOf(events)).toEqual(initialFiles);
    const lastInitialEnd = events.indexOf(initialEnds.at(-1)!);

    const catalogStarts = events.flatMap((event, index) => (event.kind === 'start' && isCatalog(event.request) ? [index] : []));
    expect(catalogStarts, `one catalog request: ${logOf(events)}`).toHaveLength(1);
    expect(catalogStarts[0], `catalog request started before the last initial chunk finished: ${logOf(events)}`).toBeLessThan(
      lastInitialEnd,
    );

    // Scripts and fetches only: the portal's fonts load whenever UI5's styles first use them.
    const nextStart = events
      .slice(lastInitialEnd)
      .find((event) => event.kind === 'start' && SCRIPT_OR_FETCH.has(event.request.resourceType()));
    expect(
      nextStart && isGateway(nextStart.request),
      `first script or fetch after the initial chunks is a gateway POST: ${logOf(events)}`,
    ).toBe(true);
    const firstGateway = events.findIndex((event) => event.kind === 'start' && isGateway(event.request));
    expect(firstGateway, `no gateway request before the initial chunks finished: ${logOf(events)}`).toBeGreaterThan(lastInitialEnd);
    const loadedOthers = events.filter((event) => event.kind === 'start' && otherPages.includes(fileName(event.request)));
    expect(loadedOthers, `no chunk of the other page kind: ${logOf(events)}`).toEqual([]);
  });
}
