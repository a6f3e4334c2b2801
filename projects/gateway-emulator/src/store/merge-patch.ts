import { apply, generate } from 'json-merge-patch';

/**
 * JSON merge patch, RFC 7386: what the gateway's `update<Kind>` sends to the API server (docs/platform.md §4.3).
 * Objects merge key by key, `null` deletes a key, everything else (arrays included) replaces the target value.
 * Neither argument is modified (the library mutates its target, so it gets a clone).
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  return apply(structuredClone(target), patch);
}

/**
 * The merge patch that turns `from` into `to` (removed keys become `null`); `{}` when they are equal.
 * Used by `applyYaml` to replace an existing object's content.
 */
export function createMergePatch(from: Record<string, unknown>, to: Record<string, unknown>): Record<string, unknown> {
  return (generate(from, to) as Record<string, unknown> | undefined) ?? {};
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
