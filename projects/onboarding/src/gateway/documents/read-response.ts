import type { GatewayError } from '../gateway-error';
import type { WatchEvent } from '../../platform/resources';

/** A list as the gateway returns it (docs/platform.md §4.3); `resourceVersion` is the watch resume point. */
export interface ListSnapshot<T> {
  readonly resourceVersion: string | null;
  readonly items: readonly T[];
}

type Json = Record<string, unknown> | null | undefined;

function child(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The list of block `alias` (`<alias> { version { list { resourceVersion items } } }`); null when the block was
 * nulled by an error (docs/platform.md §4.7 null propagation) or is missing.
 */
export function readList<T>(data: unknown, alias: string): ListSnapshot<T> | null {
  const list = child(child(child(data, alias), 'version'), 'list') as Json;
  if (!list || !Array.isArray(list['items'])) {
    return null;
  }
  const resourceVersion = list['resourceVersion'];
  return { resourceVersion: typeof resourceVersion === 'string' ? resourceVersion : null, items: list['items'] as T[] };
}

/** The result of a mutation aliased `group { version { result } }`; undefined when absent. */
export function readMutationResult<T>(data: unknown): T | undefined {
  return child(child(child(data, 'group'), 'version'), 'result') as T | undefined;
}

/** The watch event of a subscription aliased `event`; null when the payload has none. */
export function readWatchEvent<T>(data: unknown): WatchEvent<T> | null {
  const event = child(data, 'event') as Json;
  if (!event || typeof event['type'] !== 'string' || !event['object']) {
    return null;
  }
  return event as unknown as WatchEvent<T>;
}

/** The errors that belong to block `alias` (their path starts with it). */
export function blockErrors(errors: readonly GatewayError[], alias: string): GatewayError[] {
  return errors.filter((error) => error.path[0] === alias);
}
