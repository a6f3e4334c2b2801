import { IncomingMessage, request as httpRequest, ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Request headers passed to the gateway; the browser's Origin/Host/cookies stay behind (same-origin, §4.1). */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'accept', 'content-length'];

/**
 * Forwards `req` to `target` (absolute URL) and streams the answer back unchanged, SSE included, so the page can
 * call a real gateway same-origin as the portal does (platform-contract §4.1). Answers 502 with the reason
 * when the gateway cannot be reached.
 */
export function proxyToGateway(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const headers = Object.fromEntries(FORWARDED_HEADERS.filter((name) => req.headers[name] !== undefined).map((name) => [name, req.headers[name]!]));
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
