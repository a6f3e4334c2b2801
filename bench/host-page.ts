import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Context and token the host page gives every element (what the local portal's Luigi gives the same node). */
export interface HostPageSettings {
  /** Account node context (`accountContext` of the portal) merged with the content node's `context`, plus `token`. */
  context: Record<string, unknown>;
}

export interface HostPageServer {
  /** URL of the page mounting `tag` with `nodeContext` merged over the base context. */
  pageUrl(tag: string, nodeContext: Record<string, unknown>): string;
  close(): Promise<void>;
}

/**
 * A minimal host page without Luigi, for `npm run bench`'s host-page mode: it loads `main.js` as Luigi does (an
 * appended `<script type="module">`), and on its `load` creates the element detached, assigns `context` and a
 * `LuigiClient` stub, and inserts it (docs/platform.md §5.1/§5.2). The stub answers what the elements ask of Luigi
 * (locale, theme, routes, confirmation) without a portal around them. Serves `elementsDir` beside the page.
 *
 * Listens on an ephemeral loopback port.
 */
export async function startHostPage(elementsDir: string, settings: HostPageSettings): Promise<HostPageServer> {
  const files = sirv(elementsDir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/host.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(hostHtml(settings));
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`${url.pathname} not found in ${elementsDir}`);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    pageUrl: (tag, nodeContext) =>
      `http://127.0.0.1:${port}/host.html?${new URLSearchParams({ tag, context: JSON.stringify(nodeContext) })}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/** The page; kept as source text (functions transpiled by tsx carry helpers that do not exist in the page). */
function hostHtml(settings: HostPageSettings): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bench host page</title></head>
<body>
<script>
  const params = new URLSearchParams(location.search);
  const context = { ...${JSON.stringify(settings.context)}, ...JSON.parse(params.get('context') ?? '{}') };
  const linkManager = {
    navigate: () => undefined,
    fromClosestContext: () => linkManager,
    fromContext: () => linkManager,
    fromParent: () => linkManager,
    getCurrentRoute: () => Promise.resolve('/'),
    pathExists: () => Promise.resolve(true),
  };
  const LuigiClient = {
    linkManager: () => linkManager,
    uxManager: () => ({ showAlert: () => undefined, showConfirmationModal: () => Promise.resolve(), getCurrentTheme: () => 'sap_horizon' }),
    getCurrentLocale: () => 'en',
  };
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/main.js';
  script.onload = () => {
    const element = document.createElement(params.get('tag'));
    element.context = context;
    element.LuigiClient = LuigiClient;
    document.body.append(element);
  };
  document.head.append(script);
</script>
</body>
</html>`;
}
