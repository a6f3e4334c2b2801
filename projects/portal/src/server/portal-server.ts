import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { CONTENT_DOCUMENT_PATH, readContentDocument, REPO_ROOT, withBundleUrl } from '../content/content-document';
import type { PortalAccount } from '../navigation/luigi-navigation';
import { EMULATOR_TIMINGS, EmulatorTimings, PortalSettings, PortalUser } from '../settings/portal-settings';
import { GATEWAY_PROXY_PREFIX, gatewayTarget, proxiedGatewayPath, proxyToGateway } from './gateway-proxy';
import { isLoopbackHost } from './loopback-host';
import { GENERIC_RESOURCE_VIEW_HTML, GENERIC_RESOURCE_VIEW_PATH, GENERIC_RESOURCE_VIEW_SCRIPT } from './generic-resource-view-html';
import { bundleGenericResourceView, bundlePortalPage } from './page-bundle';
import { PORTAL_HTML } from './portal-html';

/** The gateway emulator the portal started (emulator mode). */
export interface EmulatorBackend {
  mode: 'emulator';
  /** Emulator base URL as started, e.g. `http://127.0.0.1:3000`; its admin API lives below it. */
  url: string;
  /** Workspace paths shown as accounts, e.g. `root:orgs:demo:team-a`. */
  workspaces: string[];
  users: PortalUser[];
  timings: EmulatorTimings;
}

/** A real kubernetes-graphql-gateway (gateway mode, `GATEWAY_URL` + `GATEWAY_TOKEN`). */
export interface GatewayBackend {
  mode: 'gateway';
  /** Account-scoped gateway URL, `…/api/clusters/<workspace>/graphql` (docs/platform.md §4.1). */
  url: string;
  token: string;
  /** Route gateway calls through the portal's own origin (`/gateway/…`), as the real portal does (docs/platform.md §4.1). */
  proxy: boolean;
}

/** How to start the local portal with {@link startPortal}. */
export interface PortalServerOptions {
  /** TCP port; 0 = ephemeral. Default 4200. */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (the page hands out tokens, so stay on loopback). */
  host?: string;
  backend: EmulatorBackend | GatewayBackend;
  /** Folder of the built elements (`main.js`, `assets/catalog.json`); default `dist/elements`. */
  elementsDir?: string;
  /** Content document to serve and build the navigation from; default `assets/content-configuration.json`. */
  contentDocumentPath?: string;
}

/** A started local portal. */
export interface RunningPortal {
  /** Base URL, e.g. `http://localhost:4200`. */
  url: string;
  /** The port actually bound (the ephemeral one when 0 was asked for). */
  port: number;
  /** Stops listening and closes open connections (SSE proxies included); rejects when the server was not running. */
  close(): Promise<void>;
}

/** Only the bundle and the content document are for other origins (the real portal's dev mode); settings are not. */
const CORS = { 'Access-Control-Allow-Origin': '*' };

/**
 * Starts the local portal: the Luigi page (`/`), Luigi core (`/luigi/*`), the generic resource view that the tools'
 * ContentConfigurations open (`/generic-resource-view/index.html` and its script), the elements bundle (`/main.js`,
 * `/assets/catalog.json`, … from `elementsDir`, with CORS), the content document (`/assets/content-configuration.json`,
 * `url`s pointing at this server's `main.js`, with CORS), the page settings (`/local/settings.json`) and, in emulator
 * mode, `POST /local/emulator/reset` (JSON body `{"timings"}`, forwarded to the emulator's admin API), in gateway
 * mode with `proxy` the GATEWAY_URL path below `/gateway` (gateway-proxy.ts).
 *
 * Dev-tool security: binds to 127.0.0.1 by default, answers 403 to a `Host` that is not loopback (DNS rebinding,
 * loopback-host.ts), forwards `/gateway/…` only to GATEWAY_URL itself, and takes the reset only as
 * `application/json` (a cross-site form cannot send that without a CORS preflight, which this server never grants).
 * Rejects with a message naming the port when it is taken, or when the page script does not compile.
 */
export async function startPortal(options: PortalServerOptions): Promise<RunningPortal> {
  const { backend } = options;
  if (backend.mode === 'gateway') {
    // Fail at start, not on the page's first request, when GATEWAY_URL is not `…/api/clusters/<workspace>/graphql`.
    workspaceOf(new URL(backend.url).pathname);
    proxiedGatewayPath(backend.url);
  }
  const contentDocumentPath = options.contentDocumentPath ?? CONTENT_DOCUMENT_PATH;
  const [pageScript, viewScript] = await Promise.all([bundlePortalPage(), bundleGenericResourceView()]);
  const luigi = sirv(resolve(REPO_ROOT, 'node_modules/@luigi-project/core'), { dev: true });
  // dev: re-read the folder on every request so a rebuild (`ng build --watch`) shows without a restart.
  const elements = sirv(options.elementsDir ?? resolve(REPO_ROOT, 'dist/elements'), {
    dev: true,
    setHeaders: (res) => Object.entries(CORS).forEach(([name, value]) => res.setHeader(name, value)),
  });
  let timings = backend.mode === 'emulator' ? backend.timings : undefined;
  const host = options.host ?? '127.0.0.1';
  const port = () => (server.address() as AddressInfo).port;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    if (!isLoopbackHost(req.headers.host, host)) {
      return send(res, 403, 'text/plain', `local portal: host ${req.headers.host} refused; open it as http://localhost:${port()}/`);
    }
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, 'text/html; charset=utf-8', PORTAL_HTML);
    if (url.pathname === '/portal/portal-page.js') return send(res, 200, 'text/javascript; charset=utf-8', pageScript);
    if (url.pathname === GENERIC_RESOURCE_VIEW_PATH) return send(res, 200, 'text/html; charset=utf-8', GENERIC_RESOURCE_VIEW_HTML);
    if (url.pathname === GENERIC_RESOURCE_VIEW_SCRIPT) return send(res, 200, 'text/javascript; charset=utf-8', viewScript);
    if (url.pathname === '/assets/content-configuration.json') {
      const document = withBundleUrl(readContentDocument(contentDocumentPath), `${origin}/main.js`);
      return send(res, 200, 'application/json', JSON.stringify(document, null, 2), CORS);
    }
    if (url.pathname === '/local/settings.json') {
      return send(res, 200, 'application/json', JSON.stringify(portalSettings(backend, origin, timings)));
    }
    if (url.pathname === '/local/emulator/reset' && req.method === 'POST' && backend.mode === 'emulator') {
      if (!req.headers['content-type']?.startsWith('application/json')) {
        return send(
          res,
          415,
          'text/plain',
          'local portal: send the reset as content-type application/json, body {"timings":"fast"|"demo"}',
        );
      }
      const requested = parseResetBody(await readBody(req))?.timings ?? timings;
      if (!EMULATOR_TIMINGS.includes(requested as EmulatorTimings))
        return send(res, 400, 'text/plain', `timings must be one of ${EMULATOR_TIMINGS.join(', ')}`);
      await resetEmulator(backend.url, requested as EmulatorTimings);
      timings = requested as EmulatorTimings;
      return send(res, 200, 'application/json', JSON.stringify({ timings }));
    }
    if (backend.mode === 'gateway' && backend.proxy && url.pathname.startsWith(`${GATEWAY_PROXY_PREFIX}/`)) {
      const target = gatewayTarget(backend.url, url);
      if (!target)
        return send(res, 404, 'text/plain', `local portal: only ${proxiedGatewayPath(backend.url)} is forwarded (to GATEWAY_URL)`);
      return proxyToGateway(req, res, target);
    }
    if (url.pathname.startsWith('/luigi/')) {
      req.url = req.url!.slice('/luigi'.length);
      return luigi(req, res, () => send(res, 404, 'text/plain', 'not found'));
    }
    return elements(req, res, () =>
      send(res, 404, 'text/plain', `${url.pathname} not found; is the bundle built? (npm run build writes dist/elements)`),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (error instanceof BadRequest) return send(res, 400, 'text/plain', error.message);
      console.error(`local portal: ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) send(res, 500, 'text/plain', `local portal: ${error.message}`);
      else res.end();
    });
  });
  await listen(server, options.port ?? 4200, host);
  return {
    url: `http://localhost:${port()}`,
    port: port(),
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/** Settings for a page served from `origin`; gateway URLs use the page's host name so both are on one loopback name. */
export function portalSettings(backend: EmulatorBackend | GatewayBackend, origin: string, timings?: EmulatorTimings): PortalSettings {
  const bundleUrl = `${origin}/main.js`;
  if (backend.mode === 'emulator') {
    const emulator = new URL(backend.url);
    emulator.hostname = new URL(origin).hostname;
    const accounts = backend.workspaces.map((path) => accountFor(path, `${emulator.origin}/api/clusters/${path}/graphql`));
    return { mode: 'emulator', accounts, users: backend.users, bundleUrl, timings };
  }
  const upstream = new URL(backend.url);
  const workspace = workspaceOf(upstream.pathname);
  const gatewayUrl = backend.proxy ? `${origin}${proxiedGatewayPath(backend.url)}` : backend.url;
  const user: PortalUser = { id: 'gateway', label: 'GATEWAY_TOKEN', email: '', token: backend.token };
  return { mode: 'gateway', accounts: [accountFor(workspace, gatewayUrl)], users: [user], bundleUrl };
}

/** Workspace of a gateway path: the segment before `/graphql` (docs/platform.md §4.1, §5.5). */
export function workspaceOf(pathname: string): string {
  const match = /\/([^/]+)\/graphql$/.exec(pathname);
  if (!match) throw new Error(`GATEWAY_URL path ${pathname} does not end in /<workspace>/graphql`);
  return decodeURIComponent(match[1]);
}

/** Listens on `host:port`; a taken port rejects with what to do instead of a bare EADDRINUSE. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} on ${host} is already in use (another npm start?); stop that process or choose another port with --port <n>`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => done());
  });
}

/** The reset body `{"timings"?}`; an empty body means "keep the current timings". Throws 400-worthy text otherwise. */
function parseResetBody(body: string): { timings?: unknown } | null {
  if (body.trim() === '') return null;
  try {
    return JSON.parse(body) as { timings?: unknown };
  } catch (error) {
    throw new BadRequest(`local portal: the reset body is not JSON (${(error as Error).message}); send {"timings":"fast"|"demo"}`);
  }
}

/** A client error that the request handler answers with 400 and its message. */
class BadRequest extends Error {}

function accountFor(path: string, gatewayUrl: string): PortalAccount {
  return { id: path.split(':').at(-1) ?? path, path, gatewayUrl };
}

async function resetEmulator(emulatorUrl: string, timings: EmulatorTimings): Promise<void> {
  const answer = await fetch(new URL('/admin/reset', emulatorUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ timings }),
  });
  if (!answer.ok) throw new Error(`emulator reset answered ${answer.status}: ${await answer.text()}`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
  res.end(body);
}
