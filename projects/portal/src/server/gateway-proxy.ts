import { IncomingMessage, request as httpRequest, ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Path prefix under which the portal forwards gateway calls in gateway mode (`/gateway/api/clusters/…`). */
export const GATEWAY_PROXY_PREFIX = '/gateway';

/** Request headers passed to the gateway; the browser's Origin/Host/cookies stay behind (same-origin, docs/platform.md §4.1). */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'accept', 'content-length'];

/**
 * The one path the portal forwards for `gatewayUrl` (GATEWAY_URL, `…/api/clusters/<workspace>/graphql`,
 * docs/platform.md §4.1): {@link GATEWAY_PROXY_PREFIX} plus the part from `/api/clusters/` on, e.g.
 * `/gateway/api/clusters/root:orgs:acme:team-a/graphql`. Throws when GATEWAY_URL has no `/api/clusters/` segment.
 */
export function proxiedGatewayPath(gatewayUrl: string): string {
  const { pathname } = new URL(gatewayUrl);
  const at = pathname.indexOf('/api/clusters/');
  if (at === -1) throw new Error(`GATEWAY_URL path ${pathname} has no /api/clusters/ segment; use …/api/clusters/<workspace>/graphql`);
  return GATEWAY_PROXY_PREFIX + pathname.slice(at);
}

/**
 * Where a request for `requestUrl` (the page's path and query) goes: GATEWAY_URL itself with the request's query, and
 * only when the path is exactly {@link proxiedGatewayPath}. Anything else gives null, so the portal cannot be used
 * to reach other hosts or other paths of the gateway host (`/gateway//evil.example/…`, `/gateway/admin`).
 */
export function gatewayTarget(gatewayUrl: string, requestUrl: URL): URL | null {
  if (requestUrl.pathname !== proxiedGatewayPath(gatewayUrl)) return null;
  const target = new URL(gatewayUrl);
  target.search = requestUrl.search;
  return target;
}

/**
 * Forwards `req` to `target` (absolute URL, from {@link gatewayTarget}) and streams the answer back unchanged, SSE
 * included, so the page can call a real gateway same-origin as the portal does (docs/platform.md §4.1). Answers 502
 * with the reason when the gateway cannot be reached.
 */
export function proxyToGateway(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const headers = Object.fromEntries(
    FORWARDED_HEADERS.filter((name) => req.headers[name] !== undefined).map((name) => [name, req.headers[name]!]),
  );
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`local portal: gateway ${target.origin} unreachable (${error.message}); check GATEWAY_URL and retry`);
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
