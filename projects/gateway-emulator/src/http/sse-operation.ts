import { createHandler as createSseHandler } from 'graphql-sse';
import { GatewayContext } from '../schema/gateway-context';
import { EmulatorRequest, EmulatorResponse } from '../transport/http-types';
import { errorStream, gatewayStream, SSE_HEADERS } from '../transport/sse-stream';
import { PreparedOperation } from './preflight';

type SseContext = GatewayContext & { schema: PreparedOperation['schema'] };

/** Settings of the SSE side that outlive one request: the stream counter and the gateway's stream shaping. */
export interface SseRuntime {
  /** Streams currently open (the 429 limit counts them). */
  openStreams: number;
  streamMaxMs: () => number;
  /** Fault `stream-end-after` for this operation: end after that many events. */
  endAfterEvents: (operationName: string | undefined) => number | undefined;
}

/**
 * Subscriptions over graphql-sse "distinct connections" with graphql-sse's own server handler (docs/platform.md
 * docs/platform.md §4.5), on the schema of the request's workspace. Returns the function that runs one prepared operation: an
 * injected whole-operation error as one `next` with `errors` plus `complete`, else graphql-sse's answer shaped like
 * the gateway's (no keep-alive comments, `complete` after `streamMaxMs` or the injected event count).
 */
export function sseOperations(runtime: SseRuntime): (op: PreparedOperation, req: EmulatorRequest) => Promise<EmulatorResponse> {
  const sse = createSseHandler<unknown, SseContext, GatewayContext>({
    schema: (req) => req.context.schema,
    authenticate: () => undefined,
    context: (req) => req.context,
  });
  return async (op, req) => {
    if (op.operationError !== undefined) {
      op.log(200);
      return { status: 200, headers: SSE_HEADERS, body: errorStream(op.operationError), dropAfterMs: op.dropAfterMs };
    }
    const [responseBody, init] = await sse({
      method: 'POST',
      url: req.url,
      headers: { get: (key: string) => req.headers[key.toLowerCase()] ?? null },
      body: op.params as Record<string, unknown>,
      raw: req,
      context: { ...op.context, schema: op.schema },
    });
    op.log(init?.status ?? 200);
    const headers = Object.fromEntries(Object.entries(init?.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const status = init?.status ?? 200;
    if (typeof responseBody === 'string' || responseBody === null)
      return { status, headers, body: responseBody, dropAfterMs: op.dropAfterMs };
    runtime.openStreams += 1;
    const stream = gatewayStream(responseBody, {
      maxEvents: runtime.endAfterEvents(op.effectiveName),
      maxMs: runtime.streamMaxMs(),
      onEnd: () => (runtime.openStreams -= 1),
    });
    return { status, headers, body: stream, dropAfterMs: op.dropAfterMs };
  };
}
