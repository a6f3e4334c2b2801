import type { EnablementSpec } from '../platform/resources';

/** Provider and component changes of a change of configuration, for a list in words. */
export type ExtensionChange =
  | { readonly kind: 'provider-added'; readonly name: string; readonly version: string }
  | { readonly kind: 'provider-removed'; readonly name: string; readonly version: string }
  | { readonly kind: 'provider-changed'; readonly name: string; readonly from: string; readonly to: string }
  | { readonly kind: 'component-added'; readonly name: string }
  | { readonly kind: 'component-removed'; readonly name: string };

/**
 * What changes in `providers` (by name: added, removed, version changed) and `components` (added, removed) from
 * `current` to `next`, in the order of `current` then `next`. An absent list counts as empty.
 */
export function extensionChanges(current: Partial<EnablementSpec>, next: Partial<EnablementSpec>): ExtensionChange[] {
  const changes: ExtensionChange[] = [];
  const before = new Map((current.providers ?? []).map((provider) => [provider.name, provider.version]));
  const after = new Map((next.providers ?? []).map((provider) => [provider.name, provider.version]));
  for (const [name, version] of before) {
    const target = after.get(name);
    if (target === undefined) changes.push({ kind: 'provider-removed', name, version });
    else if (target !== version) changes.push({ kind: 'provider-changed', name, from: version, to: target });
  }
  for (const [name, version] of after) {
    if (!before.has(name)) changes.push({ kind: 'provider-added', name, version });
  }
  const oldComponents = new Set(current.components ?? []);
  const newComponents = new Set(next.components ?? []);
  for (const name of oldComponents) if (!newComponents.has(name)) changes.push({ kind: 'component-removed', name });
  for (const name of newComponents) if (!oldComponents.has(name)) changes.push({ kind: 'component-added', name });
  return changes;
}
