import { EmulatorResponse, json, text } from './http-types';

/**
 * Most concurrent non-streaming requests one gateway pod serves; the next answers `429 Too Many Requests`
 * (docs/platform.md §4.6 "400 requests … per pod"; the gateway's max-in-flight middleware).
 */
export const MAX_IN_FLIGHT = 400;

/** The gateway's body for a request that ran longer than its timeout (docs/platform.md §4.6, §4.7: 504). */
export const TIMEOUT_BODY = { errors: [{ message: 'request timeout' }] };

/**
 * The gateway's per-request middlewares for JSON requests: at most `maxInFlight` at a time (else 429 text
 * `Too Many Requests`) and an answer after `timeoutMs()` milliseconds at the latest (504 with TIMEOUT_BODY;
 * 0 = no timeout). As in the gateway, a timed-out request keeps running: a mutation may still be applied after
 * the client got its 504. SSE streams are not subject to either (they have their own limits, docs/platform.md §4.5).
 */
export function requestLimiter(
  maxInFlight: number,
  timeoutMs: () => number,
): (run: () => Promise<EmulatorResponse>) => Promise<EmulatorResponse> {
  let inFlight = 0;
  return async (run) => {
    if (inFlight >= maxInFlight) return text(429, 'Too Many Requests');
    inFlight += 1;
    const ms = timeoutMs();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<EmulatorResponse>((resolve) => {
      if (ms > 0) timer = setTimeout(() => resolve(json(504, TIMEOUT_BODY)), ms);
    });
    try {
      return await Promise.race([run(), timeout]);
    } finally {
      clearTimeout(timer);
      inFlight -= 1;
    }
  };
}
