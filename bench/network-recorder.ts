import type { Page, Request } from '@playwright/test';
import { gzipBytesAsync } from './bundle-size';

/**
 * The local portal shell's own navigation query (`query AccountContentConfigurations`,
 * projects/portal/src/navigation/content-configurations.ts), sent from the portal page to the same gateway: the
 * real portal runs it on its server, so it is no request of the elements and is not counted.
 */
export function isPortalShellQuery(request: Request): boolean {
  return request.postData()?.includes('query AccountContentConfigurations') ?? false;
}

/** A gateway request; `endedAt` (Node's epoch ms) is set when its body ended or it failed. */
interface RecordedRequest {
  request: Request;
  endedAt: number | null;
}

/**
 * Records, for one page, the gateway traffic and the bundle's JavaScript:
 * - GraphQL HTTP requests: `POST …/graphql` without `Accept: text/event-stream` (queries and mutations), the local
 *   portal's own navigation query excluded ({@link isPortalShellQuery});
 * - SSE streams: `POST …/graphql` with `Accept: text/event-stream` (graphql-sse distinct connections,
 *   docs/platform.md §4.5), open until their body ends or fails;
 * - bundle JavaScript: responses whose URL path is `bundlePath` + `main.js` / `chunk-*.js`; their bodies are gzipped at
 *   nginx's level (deploy/nginx), because the local portal serves them uncompressed.
 */
export class NetworkRecorder {
  readonly #graphql: RecordedRequest[] = [];
  readonly #streams: RecordedRequest[] = [];
  readonly #bundleBodies: Promise<{ raw: number; gzip: number }>[] = [];
  /** Bundle files (main.js, chunks) and catalog requests, in start order. */
  readonly #loads: Request[] = [];
  readonly #bundlePath: RegExp;
  #recordingBundle = true;

  /** @param bundlePath URL path of the folder holding main.js, e.g. `/` for the local portal. */
  constructor(page: Page, bundlePath: string) {
    this.#bundlePath = new RegExp(`^${bundlePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(main|chunk-[\\w-]+)\\.js$`);
    page.on('request', (request) => this.#onRequest(request));
    page.on('requestfinished', (request) => this.#onEnd(request));
    page.on('requestfailed', (request) => this.#onEnd(request));
    page.on('response', (response) => {
      if (!this.#recordingBundle || !this.#bundlePath.test(new URL(response.url()).pathname)) return;
      const size = response.body().then(async (body) => ({ raw: body.byteLength, gzip: await gzipBytesAsync(body) }));
      size.catch(() => undefined); // rejected reads surface in bundleGzipBytes(), not as an unhandled rejection
      this.#bundleBodies.push(size);
    });
  }

  /**
   * Stops counting bundle JavaScript: what the page loads later (e.g. the configure form's chunks after a status
   * change) is not part of showing its first complete state.
   */
  stopBundleRecording(): void {
    this.#recordingBundle = false;
  }

  /**
   * GraphQL HTTP requests (not SSE) the browser started at or before `epochMs` (its own start time, `timing()`: Node
   * may handle the request event later than it happened).
   */
  graphqlRequestsUntil(epochMs: number): number {
    return this.#graphql.filter((entry) => startedAt(entry) <= epochMs).length;
  }

  /** SSE streams open now: started and neither ended nor failed. */
  openStreams(): number {
    return this.#streams.filter((entry) => entry.endedAt === null).length;
  }

  /** Raw and gzip bytes of the bundle JavaScript received while recording; rejects when a body could not be read. */
  async bundleBytes(): Promise<{ raw: number; gzip: number }> {
    const sizes = await Promise.all(this.#bundleBodies);
    return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });
  }

  /**
   * When the loads before the first GraphQL request started and ended, in epoch ms (the browser's request timing):
   * `main.js`, the initial files (`initialFiles`: the page's first state from bundle-size.ts, i.e. main.js, the
   * application chunk, the page's chunk and their static imports), the catalog (null when not fetched) and the first gateway request (query or stream).
   * Throws when an initial file or the gateway request was not seen.
   */
  loadTimings(initialFiles: ReadonlySet<string>): LoadTimings {
    const named = (request: Request) => new URL(request.url()).pathname.split('/').at(-1) ?? '';
    const initial = this.#loads.filter((request) => initialFiles.has(named(request)));
    const main = initial.find((request) => named(request) === 'main.js');
    const catalog = this.#loads.find((request) => new URL(request.url()).pathname.endsWith('/assets/catalog.json'));
    const firstGateway = [...this.#graphql, ...this.#streams].map((entry) => startedAt(entry)).sort((a, b) => a - b)[0];
    if (!main || initial.length < initialFiles.size || firstGateway === undefined) {
      throw new Error(
        `incomplete load: initial files seen ${initial.map(named).join(', ')} of ${[...initialFiles].join(', ')}; gateway request ${firstGateway ?? 'none'}`,
      );
    }
    const endOf = (request: Request) => request.timing().startTime + request.timing().responseEnd;
    return {
      mainJsStart: main.timing().startTime,
      lastInitialStart: Math.max(...initial.map((request) => request.timing().startTime)),
      lastInitialEnd: Math.max(...initial.map(endOf)),
      catalogStart: catalog ? catalog.timing().startTime : null,
      firstGraphqlStart: firstGateway,
    };
  }

  #onRequest(request: Request): void {
    const path = new URL(request.url()).pathname;
    if (this.#bundlePath.test(path) || path.endsWith('/assets/catalog.json')) this.#loads.push(request);
    if (request.method() !== 'POST' || !/\/graphql$/.test(new URL(request.url()).pathname) || isPortalShellQuery(request)) return;
    const entry = { request, endedAt: null };
    if (request.headers()['accept'] === 'text/event-stream') this.#streams.push(entry);
    else this.#graphql.push(entry);
  }

  #onEnd(request: Request): void {
    const entry = [...this.#graphql, ...this.#streams].find((candidate) => candidate.request === request);
    if (entry) entry.endedAt = Date.now();
  }
}

/** Epoch ms (browser request timing) of the loads that lead to the first GraphQL request. */
export interface LoadTimings {
  mainJsStart: number;
  lastInitialStart: number;
  /** When the last initial file's response ended. */
  lastInitialEnd: number;
  catalogStart: number | null;
  firstGraphqlStart: number;
}

/** Epoch ms at which the browser started `entry` (Playwright's `timing().startTime`). */
function startedAt(entry: RecordedRequest): number {
  return entry.request.timing().startTime;
}
