import { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/** Field names selected under a node; `true` marks a leaf. */
export type SelectionTree = Map<string, SelectionTree | true>;

/**
 * The selection under the subscription's `object` field, with fragments inlined. The gateway emits MODIFIED
 * only when one of these selected leaves changed (docs/platform.md §4.5); `project` extracts exactly them.
 */
export function objectSelection(fieldNode: FieldNode, fragments: Record<string, FragmentDefinitionNode>): SelectionTree {
  const root = collect(fieldNode.selectionSet, fragments);
  const object = root.get('object');
  return object instanceof Map ? object : new Map();
}

function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: SelectionTree = new Map(),
): SelectionTree {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (!selection.selectionSet) {
        into.set(name, true);
      } else {
        const existing = into.get(name);
        into.set(name, collect(selection.selectionSet, fragments, existing instanceof Map ? existing : new Map()));
      }
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
  return into;
}

/** The selected part of `value` (arrays projected element-wise); a JSON-comparable snapshot. */
export function project(value: unknown, tree: SelectionTree): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, tree));
  if (typeof value !== 'object' || value === null) return value ?? null;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, sub] of tree) out[field] = sub === true ? (source[field] ?? null) : project(source[field], sub);
  return out;
}
