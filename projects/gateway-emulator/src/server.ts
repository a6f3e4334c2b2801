import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Handler } from './handler';
import { EmulatorRequest, EmulatorResponse } from './transport/http-types';

/** Largest request body accepted (the gateway's 3 MB, docs/platform.md §4.6). */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toRequest(req: IncomingMessage, body: string): EmulatorRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method ?? 'GET', url: req.url ?? '/', headers, body, remoteAddress: req.socket.remoteAddress };
}

/**
 * Fault `drop-connection` without delay: the status line and headers go out, announcing the whole body's length,
 * then half of the body, then the connection ends. Cutting before any byte would not reach the page: on a reused
 * keep-alive connection a browser sends the request again by itself when no response byte came back (Chromium does
 * so for POST too), so the second, unfaulted attempt would answer and the fault would pass unseen.
 */
function cutMidResponse(res: ServerResponse, response: EmulatorResponse): void {
  const body = Buffer.from(typeof response.body === 'string' ? response.body : 'data: {}\n\n', 'utf8');
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)));
  res.socket?.end();
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: EmulatorResponse): Promise<void> {
  if (response.dropAfterMs === 0) {
    cutMidResponse(res, response);
    return;
  }
  if (response.dropAfterMs !== undefined) {
    const drop = setTimeout(() => res.socket?.destroy(), response.dropAfterMs);
    res.once('close', () => clearTimeout(drop));
  }
  res.writeHead(response.status, response.headers);
  const body = response.body;
  if (body === null || typeof body === 'string') {
    res.end(body ?? undefined);
    return;
  }
  // SSE: flush headers at once, stop the stream (and its watch) when the client goes away.
  res.flushHeaders();
  const stop = () => void body.return?.(undefined);
  req.once('close', stop);
  res.once('close', stop);
  for await (const message of body) {
    if (res.writableEnded || res.destroyed) break;
    res.write(message);
  }
  if (!res.writableEnded && !res.destroyed) res.end();
}

/**
 * Node `http` adapter of the pure handler: reads the body (413 above 3 MB), writes string bodies or SSE
 * streams, and carries out `drop-connection` faults by destroying the socket.
 */
export function startHttpServer(handler: Handler, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (body === undefined) {
        res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' }).end('Request Entity Too Large: the body limit is 3 MB');
        return;
      }
      await writeResponse(req, res, await handler(toRequest(req, body)));
    })().catch((error: unknown) => {
      console.error('gateway-emulator: request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`internal emulator error: ${(error as Error).message}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}
