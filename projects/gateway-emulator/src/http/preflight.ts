import { DocumentNode, getOperationAST, GraphQLSchema } from 'graphql';
import { User } from '../auth/users';
import { FaultSpec } from '../faults/fault-injector';
import { Gateway } from '../gateway';
import { GatewayContext } from '../schema/gateway-context';
import { EmulatorResponse, json, text } from '../transport/http-types';
import { OperationLog } from '../transport/operation-log';
import { fieldNames } from '../transport/query-limits';
import { TIMEOUT_BODY } from '../transport/request-limits';
import { Workspace } from '../workspace';
import { GraphQLParams, isResponse, parseDocument, Transport } from './request-parsing';

/** Everything a JSON or SSE operation needs once the shared checks passed. */
export interface PreparedOperation {
  workspace: Workspace;
  /** The workspace's current schema (it changes when bindings change). */
  schema: GraphQLSchema;
  params: GraphQLParams;
  document: DocumentNode;
  /** The request's `operationName` (undefined when absent or empty). */
  requestedName: string | undefined;
  /** The request's name, else the document's single operation's name (faults and the log use it). */
  effectiveName: string | undefined;
  context: GatewayContext;
  /** A whole-operation `graphql-error` fault: answer with this message instead of running. */
  operationError?: string;
  /** Fault `drop-connection` with `afterMs` > 0: destroy the socket after this many ms (0 is answered in preflight). */
  dropAfterMs?: number;
  /** Appends the request to `--log-operations` with the HTTP status it got. */
  log: (status: number) => void;
}

export interface PreflightOptions {
  log?: OperationLog;
  /** SSE only: whether the stream limit is reached (answered `429 Too Many Requests`, docs/platform.md §4.5). */
  streamLimitReached?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Transport texts of docs/platform.md §4.7 for an injected HTTP status. */
function statusResponse(status: 429 | 503 | 504): EmulatorResponse {
  if (status === 504) return json(504, TIMEOUT_BODY);
  return text(status, status === 429 ? 'Too Many Requests' : 'Service Unavailable');
}

/**
 * The checks every GraphQL operation goes through, JSON or SSE, in the gateway's order: document parsing and
 * limits (400), the stream limit for SSE (429), injected faults (latency, HTTP status, dropped connection,
 * GraphQL errors), each outcome written to the operation log. Authentication happened before (per request, also
 * for batches). Returns the prepared operation, or the response that answers instead.
 */
export async function preflight(
  gateway: Gateway,
  target: { workspace: Workspace; user: User; params: GraphQLParams; transport: Transport },
  options: PreflightOptions = {},
): Promise<PreparedOperation | EmulatorResponse> {
  const { workspace, user, params, transport } = target;
  const requestedName = typeof params.operationName === 'string' && params.operationName !== '' ? params.operationName : undefined;
  let loggedName = requestedName;
  const log = (status: number) =>
    options.log?.append({
      time: new Date().toISOString(),
      workspace: workspace.path,
      transport,
      operationName: loggedName ?? null,
      query: typeof params.query === 'string' ? params.query : null,
      variables: params.variables ?? null,
      status,
    });
  const answer = (response: EmulatorResponse) => {
    log(response.status);
    return response;
  };

  const document = parseDocument(params, transport);
  if (isResponse(document)) return answer(document);
  if (options.streamLimitReached?.()) return answer(text(429, 'Too Many Requests'));
  const effectiveName = (loggedName = requestedName ?? getOperationAST(document)?.name?.value);

  const latency = gateway.faults.take('latency', effectiveName);
  if (latency) await (options.sleep ?? realSleep)(latency.ms);
  const dryRun = (params.variables as { dryRun?: unknown } | null | undefined)?.dryRun === true;
  const status = gateway.faults.take('http-status', effectiveName, undefined, dryRun);
  if (status) return answer(statusResponse(status.status));
  const drop = gateway.faults.take('drop-connection', effectiveName, undefined, dryRun);
  // Dropped at once: the operation does not run (a write does not land), the adapter cuts the answer mid-body.
  if (drop && !drop.afterMs) return answer({ ...json(200, { data: null }), dropAfterMs: 0 });
  const error: Extract<FaultSpec, { type: 'graphql-error' }> | undefined = gateway.faults.take(
    'graphql-error',
    effectiveName,
    fieldNames(document),
    dryRun,
  );

  const context: GatewayContext = { workspace, user };
  if (error?.field !== undefined) context.failField = { field: error.field, message: error.message };
  return {
    workspace,
    schema: gateway.schemaOf(workspace),
    params,
    document,
    requestedName,
    effectiveName,
    context,
    operationError: error && error.field === undefined ? error.message : undefined,
    dropAfterMs: drop ? (drop.afterMs ?? 0) : undefined,
    log,
  };
}
