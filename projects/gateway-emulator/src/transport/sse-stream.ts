import { EventQueue } from '../watch/event-queue';

/** Response headers of an SSE answer the emulator writes itself (not through graphql-sse's handler). */
export const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' };

/** graphql-sse's end-of-operation message (docs/platform.md §4.5: `event: complete`, no data). */
const COMPLETE = 'event: complete\ndata:\n\n';

/** A whole-operation `graphql-error` over SSE: one `next` with `errors`, then `complete` (docs/platform.md §4.5). */
export async function* errorStream(message: string): AsyncGenerator<string, void, undefined> {
  yield `event: next\ndata: ${JSON.stringify({ errors: [{ message }] })}\n\n`;
  yield COMPLETE;
}

/**
 * An SSE comment (`:` line). graphql-sse 2.6's server handler writes `:\n\n` when a stream starts and every
 * 12 000 ms as a keep-alive; the interval is hard-coded in its `createStream().subscribe()` (no option turns it
 * off). The real gateway sends no keep-alive (docs/platform.md §4.5), so the emulator drops these messages here;
 * headers are flushed by `server.ts` instead of by the first comment.
 */
const isComment = (message: string): boolean => message.startsWith(':');

export interface StreamLimits {
  /** End after this many `next` messages (fault `stream-end-after`); undefined = no limit. */
  maxEvents?: number;
  /** End after this many milliseconds (timing `streamMaxMs`, the gateway's 30 min, docs/platform.md §4.5). */
  maxMs: number;
  /** Called once when the stream is over, whoever ended it. */
  onEnd: () => void;
}

/**
 * Wraps a graphql-sse message stream the way the gateway shapes its streams: keep-alive comments dropped, and
 * `complete` after `maxEvents` `next` messages or after `maxMs`. A queue rather than an async generator, so
 * `return()` from the adapter (client gone) takes effect at once instead of waiting behind a pending `next()`.
 * A failing source is logged and ends the stream (the client sees it close and reconnects).
 */
export function gatewayStream(source: AsyncGenerator<string, void, undefined>, limits: StreamLimits): EventQueue<string> {
  const out = new EventQueue<string>(() => {
    clearTimeout(timer);
    limits.onEnd();
    void source.return(undefined);
  });
  const finish = () => {
    out.push(COMPLETE);
    out.end();
  };
  const timer = setTimeout(finish, limits.maxMs);
  if (limits.maxEvents === 0) finish();
  void (async () => {
    let events = 0;
    for await (const message of source) {
      if (out.isClosed) return;
      if (isComment(message)) continue;
      out.push(message);
      if (message.startsWith('event: next')) events += 1;
      if (limits.maxEvents !== undefined && events >= limits.maxEvents) return finish();
    }
    out.end();
  })().catch((error: unknown) => {
    console.error('gateway-emulator: SSE stream failed; the client sees the stream end and must reconnect', error);
    out.end();
  });
  return out;
}
