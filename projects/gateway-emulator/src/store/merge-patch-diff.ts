import { isPlainObject } from './merge-patch';

/**
 * The JSON merge patch that turns `from` into `to` (RFC 7386 inverse): removed keys become `null`, objects recurse,
 * everything else is taken from `to`. Used by `applyYaml` to replace an existing object's content.
 */
export function createMergePatch(from: Record<string, unknown>, to: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(from)) if (!(key in to)) patch[key] = null;
  for (const [key, value] of Object.entries(to)) {
    const old = from[key];
    if (isPlainObject(old) && isPlainObject(value)) {
      const nested = createMergePatch(old, value);
      if (Object.keys(nested).length > 0) patch[key] = nested;
    } else if (JSON.stringify(old) !== JSON.stringify(value)) patch[key] = value;
  }
  return patch;
}
