import { DocumentNode, execute, getOperationAST, GraphQLError, parse, validate } from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse';
import { authenticate, User } from './auth/users';
import { FaultSpec } from './faults/fault-injector';
import { Gateway } from './gateway';
import { GatewayContext } from './schema/gateway-context';
import { handleAdmin } from './transport/admin-api';
import { corsHeaders } from './transport/cors';
import { EmulatorRequest, EmulatorResponse, json, text } from './transport/http-types';
import { OperationLog } from './transport/operation-log';
import { MAX_IN_FLIGHT, requestLimiter, TIMEOUT_BODY } from './transport/request-limits';
import { fieldNames, LIMITS, limitViolation } from './transport/query-limits';
import { errorStream, gatewayStream, SSE_HEADERS } from './transport/sse-stream';
import { Workspace } from './workspace';

/** Most concurrent SSE streams per gateway pod; beyond it `429 Too Many Requests` (platform-contract §4.5). */
export const STREAM_LIMIT = 50;

const GRAPHQL_PATH = /^\/(?:gateway\/)?api\/(?:clusters|kubernetes-graphql-gateway)\/([^/]+)\/graphql\/?$/;

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export interface HandlerOptions {
  log?: OperationLog;
}

export type Handler = (req: EmulatorRequest) => Promise<EmulatorResponse>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Transport texts of platform-contract §4.7 for an injected HTTP status. */
function statusResponse(status: 429 | 503 | 504): EmulatorResponse {
  if (status === 504) return json(504, TIMEOUT_BODY);
  return text(status, status === 429 ? 'Too Many Requests' : 'Service Unavailable');
}

/**
 * The emulator's HTTP behaviour as a pure function (request in, response out; `server.ts` adapts Node's http).
 * `POST /api/clusters/{workspace}/graphql`: 404 `404 page not found` for unknown workspaces, the gateway's 401
 * texts, JSON GraphQL (HTTP 200 with `errors`; 400 for unparsable queries and limits; 429 beyond 400 requests in
 * flight and 504 after `timings.requestTimeoutMs`, §4.6) and, with
 * `Accept: text/event-stream`, graphql-sse "distinct connections" streams from graphql-sse's own handler.
 * Faults from `gateway.faults` apply here. CORS headers for localhost origins on every answer.
 */
export function createHandler(gateway: Gateway, options: HandlerOptions = {}): Handler {
  let openStreams = 0;
  const limit = requestLimiter(MAX_IN_FLIGHT, () => gateway.timings.requestTimeoutMs);
  const sse = createSseHandler<unknown, GatewayContext, GatewayContext>({
    schema: gateway.schema,
    authenticate: () => undefined,
    context: (req) => req.context,
  });

  const handle = async (req: EmulatorRequest): Promise<EmulatorResponse> => {
    if (req.method === 'OPTIONS') return { status: 204, headers: {}, body: null };
    const admin = handleAdmin(gateway, req);
    if (admin) return admin;

    const match = GRAPHQL_PATH.exec(new URL(req.url, 'http://emulator').pathname);
    const workspace = match ? gateway.workspace(decodeURIComponent(match[1])) : undefined;
    if (!match || !workspace) return text(404, '404 page not found');
    if (req.method !== 'POST') return text(405, 'Method Not Allowed: send GraphQL requests as POST with a JSON body');
    const auth = authenticate(req.headers.authorization, gateway.tokens);
    if ('unauthorized' in auth) return text(401, auth.unauthorized);

    const isSse = req.headers.accept === 'text/event-stream';
    return isSse ? answer(workspace, auth.user, req, true) : limit(() => answer(workspace, auth.user, req, false));
  };

  /** Parses the JSON body (one request or a batch) and runs it. */
  const answer = async (workspace: Workspace, user: User, req: EmulatorRequest, isSse: boolean): Promise<EmulatorResponse> => {
    let params: GraphQLParams | GraphQLParams[];
    try {
      params = JSON.parse(req.body) as GraphQLParams | GraphQLParams[];
      if (typeof params !== 'object' || params === null) throw new Error('body is not a JSON object');
    } catch {
      return isSse ? text(400, 'Error parsing JSON request body') : json(400, { errors: [{ message: 'Error parsing JSON request body' }] });
    }
    if (Array.isArray(params)) {
      if (isSse) return text(400, 'Error parsing JSON request body');
      if (params.length > LIMITS.batch) return json(400, { errors: [{ message: `batch size ${params.length} exceeds maximum allowed batch size of ${LIMITS.batch}` }] });
      const results: unknown[] = [];
      for (const single of params) {
        const response = await runJson(workspace, user, single);
        if (response.status !== 200) return response;
        results.push(JSON.parse(String(response.body)));
      }
      return json(200, results);
    }
    return isSse ? runSse(workspace, user, params, req) : runJson(workspace, user, params);
  };

  /** Parses and checks a request's document; answers the gateway's 400s. */
  const prepare = (params: GraphQLParams, isSse: boolean): { document: DocumentNode } | EmulatorResponse => {
    if (typeof params.query !== 'string' || params.query.trim() === '') {
      return isSse ? text(400, 'Error parsing JSON request body') : json(400, { errors: [{ message: 'failed to parse query: request has no query' }] });
    }
    let document: DocumentNode;
    try {
      document = parse(params.query);
    } catch (error) {
      return json(400, { errors: [{ message: `failed to parse query: ${(error as Error).message}` }] });
    }
    const violation = limitViolation(document);
    if (violation) return json(400, { errors: [{ message: violation }] });
    return { document };
  };

  /** Applies request-level faults; returns a response when a fault answers instead of the gateway. */
  const requestFaults = async (operationName: string | undefined, fields: Set<string>): Promise<{ response?: EmulatorResponse; drop?: number; error?: Extract<FaultSpec, { type: 'graphql-error' }> }> => {
    const latency = gateway.faults.take('latency', operationName);
    if (latency) await sleep(latency.ms);
    const status = gateway.faults.take('http-status', operationName);
    if (status) return { response: statusResponse(status.status) };
    const drop = gateway.faults.take('drop-connection', operationName);
    const error = gateway.faults.take('graphql-error', operationName, fields);
    return { drop: drop ? drop.afterMs ?? 0 : undefined, error };
  };

  /**
   * The request's operationName and a logger for `--log-operations`; `named(document)` switches the logged name
   * to the effective one (the request's, else the document's single operation) and returns it.
   */
  const operationLog = (workspace: Workspace, params: GraphQLParams, transport: 'json' | 'sse') => {
    const operationName = typeof params.operationName === 'string' && params.operationName !== '' ? params.operationName : undefined;
    let loggedName = operationName;
    return {
      operationName,
      named: (document: DocumentNode): string | undefined => (loggedName = operationName ?? getOperationAST(document)?.name?.value),
      log: (status: number) =>
        options.log?.append({ time: new Date().toISOString(), workspace: workspace.path, transport, operationName: loggedName ?? null, query: typeof params.query === 'string' ? params.query : null, variables: params.variables ?? null, status }),
    };
  };

  const runJson = async (workspace: Workspace, user: User, params: GraphQLParams): Promise<EmulatorResponse> => {
    const { operationName, named, log } = operationLog(workspace, params, 'json');
    const prepared = prepare(params, false);
    if ('status' in prepared) {
      log(prepared.status);
      return prepared;
    }
    const { document } = prepared;
    const effectiveName = named(document);
    const faults = await requestFaults(effectiveName, fieldNames(document));
    if (faults.response) {
      log(faults.response.status);
      return faults.response;
    }
    const context: GatewayContext = { workspace, user };
    let body: unknown;
    if (faults.error && faults.error.field === undefined) body = { data: null, errors: [{ message: faults.error.message }] };
    else {
      if (faults.error?.field) context.failField = { field: faults.error.field, message: faults.error.message };
      const validationErrors = validate(gateway.schema, document);
      const operation = getOperationAST(document, operationName);
      if (validationErrors.length > 0) body = { data: null, errors: validationErrors.map((e) => e.toJSON()) };
      else if (!operation) body = { data: null, errors: [{ message: 'Must provide operation name if query contains multiple operations.' }] };
      else if (operation.operation === 'subscription') {
        body = { data: null, errors: [{ message: 'subscriptions need Accept: text/event-stream (graphql-sse distinct connections)' }] };
      } else {
        const result = await execute({
          schema: gateway.schema,
          document,
          operationName,
          variableValues: (params.variables as Record<string, unknown> | undefined) ?? undefined,
          contextValue: context,
        });
        body = result.errors ? { data: result.data ?? null, errors: result.errors.map((e: GraphQLError) => e.toJSON()) } : { data: result.data };
      }
    }
    log(200);
    return { ...json(200, body), dropAfterMs: faults.drop };
  };

  const runSse = async (workspace: Workspace, user: User, params: GraphQLParams, req: EmulatorRequest): Promise<EmulatorResponse> => {
    const { named, log } = operationLog(workspace, params, 'sse');
    const prepared = prepare(params, true);
    if ('status' in prepared) {
      log(prepared.status);
      return prepared;
    }
    if (openStreams >= STREAM_LIMIT) {
      log(429);
      return text(429, 'Too Many Requests');
    }
    const effectiveName = named(prepared.document);
    const faults = await requestFaults(effectiveName, fieldNames(prepared.document));
    if (faults.response) {
      log(faults.response.status);
      return faults.response;
    }
    const context: GatewayContext = { workspace, user };
    if (faults.error && faults.error.field === undefined) {
      log(200);
      return { status: 200, headers: SSE_HEADERS, body: errorStream(faults.error.message), dropAfterMs: faults.drop };
    }
    if (faults.error?.field) context.failField = { field: faults.error.field, message: faults.error.message };
    const [responseBody, init] = await sse({
      method: 'POST',
      url: req.url,
      headers: { get: (key: string) => req.headers[key.toLowerCase()] ?? null },
      body: params as Record<string, unknown>,
      raw: req,
      context,
    });
    log(init?.status ?? 200);
    const headers = Object.fromEntries(Object.entries(init?.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
    if (typeof responseBody === 'string' || responseBody === null) return { status: init?.status ?? 200, headers, body: responseBody, dropAfterMs: faults.drop };
    const endAfter = gateway.faults.take('stream-end-after', effectiveName);
    openStreams += 1;
    const stream = gatewayStream(responseBody, { maxEvents: endAfter?.events, maxMs: gateway.timings.streamMaxMs, onEnd: () => (openStreams -= 1) });
    return { status: init?.status ?? 200, headers, body: stream, dropAfterMs: faults.drop };
  };

  return async (req) => {
    const response = await handle(req);
    return { ...response, headers: { ...response.headers, ...corsHeaders(req.headers.origin) } };
  };
}
