import type { ToolDefinition } from '../src/catalog/tool-definition';
import { overviewToolAlias } from '../src/gateway/documents/overview-state-document';
import type { GatewayResult } from '../src/gateway/gateway-client';
import { GatewayError } from '../src/gateway/gateway-error';
import type { APIBinding, EnablementResource, ManagedControlPlane } from '../src/platform/resources';
import { buildControlPlane } from './resource-builders';

/** Contents of a ToolState/OverviewState answer; lists default to `[]` (the MCP to a Ready one). */
export interface StateContents {
  readonly controlPlanes?: readonly ManagedControlPlane[];
  readonly bindings?: readonly APIBinding[];
  readonly resources?: readonly EnablementResource[];
  /** ToolState only: the tool's ContentConfigurations (default none); `null` answers the block as nulled. */
  readonly pages?: readonly unknown[] | null;
  /** List resourceVersions, default `'1000'`. */
  readonly resourceVersion?: string;
}

function block(items: readonly unknown[], resourceVersion: string) {
  return { version: { list: { resourceVersion, items } } };
}

/** A successful `ToolState` answer in the library's aliased shape. */
export function toolStateResult(contents: StateContents = {}): GatewayResult<unknown> {
  const rv = contents.resourceVersion ?? '1000';
  return {
    data: {
      mcp: block(contents.controlPlanes ?? [buildControlPlane('Ready')], rv),
      bindings: block(contents.bindings ?? [], rv),
      tool: block(contents.resources ?? [], rv),
      pages: contents.pages === null ? null : block(contents.pages ?? [], rv),
    },
    errors:
      contents.pages === null
        ? [
            new GatewayError('forbidden', 'contentconfigurations.ui.platform-mesh.io is forbidden: User "u" cannot list resource', [
              'pages',
            ]),
          ]
        : [],
  };
}

/** A successful `OverviewState` answer; `resources` per tool id. */
export function overviewStateResult(
  tools: readonly ToolDefinition[],
  contents: Omit<StateContents, 'resources'> & { readonly resources?: Readonly<Record<string, readonly EnablementResource[]>> } = {},
): GatewayResult<unknown> {
  const rv = contents.resourceVersion ?? '1000';
  const data: Record<string, unknown> = {
    mcp: block(contents.controlPlanes ?? [buildControlPlane('Ready')], rv),
    bindings: block(contents.bindings ?? [], rv),
  };
  for (const tool of tools) {
    data[overviewToolAlias(tool)] = block(contents.resources?.[tool.id] ?? [], rv);
  }
  return { data, errors: [] };
}

/** A mutation answer in the `group { version { result } }` shape. */
export function mutationResult(result: unknown): GatewayResult<unknown> {
  return { data: { group: { version: { result } } }, errors: [] };
}

/**
 * Lets pending promise callbacks run (fake answers settle in microtasks). Uses microtasks only, so it works with
 * fake timers and in jsdom.
 */
export async function flushPromises(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await Promise.resolve();
  }
}

/**
 * A ContentConfiguration as the operator writes it for a tool (docs/platform.md §5.6), with one node per
 * `[label, pathSegment]`, in the shape the tool's pages documents select.
 */
export function buildContentConfiguration(name: string, nodes: readonly (readonly [string, string])[], resourceVersion = '1200') {
  const fragment = { name, luigiConfigFragment: { data: { nodes: nodes.map(([label, pathSegment]) => ({ label, pathSegment })) } } };
  return {
    metadata: { name, uid: `uid-${name}`, resourceVersion },
    spec: { inlineConfiguration: { content: JSON.stringify(fragment) } },
  };
}

/** A successful `ToolContentConfigurations` answer (alias `pages`). */
export function contentConfigurationsResult(items: readonly unknown[], resourceVersion = '1100'): GatewayResult<unknown> {
  return { data: { pages: block(items, resourceVersion) }, errors: [] };
}
