/**
 * JSON merge patch, RFC 7386 (what the gateway's `update<Kind>` sends to the API server, platform-contract §4.3).
 * Written here rather than pulled in: the algorithm is the RFC's ten-line pseudo code, and the libraries on npm
 * either mutate their input or add RFC 6902 machinery we do not need.
 *
 * Objects merge key by key, `null` deletes a key, everything else (arrays included) replaces the target value.
 * Neither argument is modified.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
