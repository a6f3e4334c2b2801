/** A request as the pure handler sees it (built by `server.ts` from Node's IncomingMessage, or by tests). */
export interface EmulatorRequest {
  method: string;
  /** Path plus query string, e.g. `/api/clusters/root:orgs:demo:team-a/graphql`. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
  /** Peer address; admin routes answer only loopback peers. Undefined = in-memory call (treated as loopback). */
  remoteAddress?: string;
}

/** A response: a string body, or an SSE stream of messages (each a complete `event:`/`data:` block). */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string | AsyncIterableIterator<string> | null;
  /** Fault `drop-connection`: the adapter destroys the socket after this many ms (0 = headers and half the body, then the end). */
  dropAfterMs?: number;
}

export const text = (status: number, body: string): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
});
export const json = (status: number, body: unknown): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
