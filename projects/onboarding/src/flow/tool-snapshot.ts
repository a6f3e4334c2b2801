import type { ToolDefinition } from '../catalog/tool-definition';
import { CONTROL_PLANE_NAME } from '../gateway/documents/control-plane-documents';
import { blockErrors, readList, type ListSnapshot } from '../gateway/documents/read-response';
import { ENABLEMENT_NAME } from '../gateway/documents/tool-documents';
import type { GatewayResult } from '../gateway/gateway-client';
import { GatewayError } from '../gateway/gateway-error';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../platform/resources';

/** One block of a state query: its list, or the error that nulled it. */
export interface BlockResult<T> {
  readonly list: ListSnapshot<T> | null;
  readonly error: GatewayError | null;
}

/** Reads block `alias` of a ToolState/OverviewState result (docs/platform.md §4.7: errors null only their block). */
export function readBlock<T>(result: GatewayResult<unknown>, alias: string): BlockResult<T> {
  const list = readList<T>(result.data, alias);
  const error =
    blockErrors(result.errors, alias)[0] ??
    (list ? null : new GatewayError('unknown', `The gateway answered without the ${alias} list; reload to try again`, [alias]));
  return { list, error };
}

/** The object named `name` in a list, or null. */
export function named<T extends { readonly metadata?: { readonly name?: string | null } | null }>(
  items: readonly T[] | undefined,
  name: string,
): T | null {
  return items?.find((item) => item.metadata?.name === name) ?? null;
}

/** The ManagedControlPlane `default` of a list (docs/platform.md §1.1), or null. */
export const pickControlPlane = (items: readonly ManagedControlPlane[] | undefined) => named(items, CONTROL_PLANE_NAME);
/** The tool's APIBinding (named like its APIExport, docs/platform.md §1.1) of a list, or null. */
export const pickBinding = (tool: ToolDefinition, items: readonly APIBinding[] | undefined) => named(items, tool.exportName);
/** The enablement resource `default` of a list (docs/platform.md §1.1), or null. */
export const pickResource = (items: readonly EnablementResource[] | undefined) => named(items, ENABLEMENT_NAME);
