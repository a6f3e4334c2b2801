import { authenticate, User } from './auth/users';
import { Gateway } from './gateway';
import { preflight } from './http/preflight';
import { GraphQLParams, isResponse, parseBody, Transport } from './http/request-parsing';
import { runJsonOperation } from './http/json-operation';
import { sseOperations } from './http/sse-operation';
import { handleAdmin } from './transport/admin-api';
import { corsHeaders } from './transport/cors';
import { EmulatorRequest, EmulatorResponse, json, text } from './transport/http-types';
import { OperationLog } from './transport/operation-log';
import { MAX_IN_FLIGHT, requestLimiter } from './transport/request-limits';
import { Workspace } from './workspace';

/** Most concurrent SSE streams per gateway pod; beyond it `429 Too Many Requests` (docs/platform.md §4.5). */
export const STREAM_LIMIT = 50;

const GRAPHQL_PATH = /^\/(?:gateway\/)?api\/(?:clusters|kubernetes-graphql-gateway)\/([^/]+)\/graphql\/?$/;

export interface HandlerOptions {
  log?: OperationLog;
}

export type Handler = (req: EmulatorRequest) => Promise<EmulatorResponse>;

/**
 * The emulator's HTTP behaviour as a pure function (request in, response out; `server.ts` adapts Node's http).
 * `POST /api/clusters/{workspace}/graphql`: 404 `404 page not found` for unknown workspaces, the gateway's 401
 * texts, then request parsing (`http/request-parsing.ts`), the shared pre-flight of every operation (limits,
 * faults, log: `http/preflight.ts`) and the JSON (`http/json-operation.ts`, at most `MAX_IN_FLIGHT` at once, 504
 * after `timings.requestTimeoutMs`) or SSE operation (`http/sse-operation.ts`, `Accept: text/event-stream`).
 * CORS headers for localhost origins on every answer.
 */
export function createHandler(gateway: Gateway, options: HandlerOptions = {}): Handler {
  const limit = requestLimiter(MAX_IN_FLIGHT, () => gateway.timings.requestTimeoutMs);
  const runtime = {
    openStreams: 0,
    streamMaxMs: () => gateway.timings.streamMaxMs,
    endAfterEvents: (name: string | undefined) => gateway.faults.take('stream-end-after', name)?.events,
  };
  const runSse = sseOperations(runtime);

  /** One request of a body through the pre-flight into its operation. */
  const operate = async (
    workspace: Workspace,
    user: User,
    params: GraphQLParams,
    req: EmulatorRequest,
    transport: Transport,
  ): Promise<EmulatorResponse> => {
    const prepared = await preflight(
      gateway,
      { workspace, user, params, transport },
      { log: options.log, streamLimitReached: transport === 'sse' ? () => runtime.openStreams >= STREAM_LIMIT : undefined },
    );
    if (isResponse(prepared)) return prepared;
    return transport === 'sse' ? runSse(prepared, req) : runJsonOperation(prepared);
  };

  /** A JSON body: one request, or a batch answered as an array (the first non-200 answer wins). */
  const answerJson = async (workspace: Workspace, user: User, req: EmulatorRequest): Promise<EmulatorResponse> => {
    const parsed = parseBody(req.body, 'json');
    if (isResponse(parsed)) return parsed;
    if (!Array.isArray(parsed)) return operate(workspace, user, parsed, req, 'json');
    const results: unknown[] = [];
    for (const single of parsed) {
      const response = await operate(workspace, user, single, req, 'json');
      if (response.status !== 200) return response;
      results.push(JSON.parse(String(response.body)));
    }
    return json(200, results);
  };

  const answerSse = async (workspace: Workspace, user: User, req: EmulatorRequest): Promise<EmulatorResponse> => {
    const parsed = parseBody(req.body, 'sse');
    if (isResponse(parsed)) return parsed;
    return operate(workspace, user, parsed as GraphQLParams, req, 'sse');
  };

  const route = async (req: EmulatorRequest): Promise<EmulatorResponse> => {
    if (req.method === 'OPTIONS') return { status: 204, headers: {}, body: null };
    const admin = handleAdmin(gateway, req);
    if (admin) return admin;
    const match = GRAPHQL_PATH.exec(new URL(req.url, 'http://emulator').pathname);
    const workspace = match ? gateway.workspace(decodeURIComponent(match[1])) : undefined;
    if (!match || !workspace) return text(404, '404 page not found');
    if (req.method !== 'POST') return text(405, 'Method Not Allowed: send GraphQL requests as POST with a JSON body');
    const auth = authenticate(req.headers.authorization, gateway.tokens);
    if ('unauthorized' in auth) return text(401, auth.unauthorized);
    if (req.headers.accept === 'text/event-stream') return answerSse(workspace, auth.user, req);
    return limit(() => answerJson(workspace, auth.user, req));
  };

  return async (req) => {
    const response = await route(req);
    return { ...response, headers: { ...response.headers, ...corsHeaders(req.headers.origin) } };
  };
}
