import { DocumentNode, FragmentDefinitionNode, Kind, SelectionSetNode } from 'graphql';

/** The gateway's query limits (docs/platform.md §4.6): depth 10, complexity 1000 (one point per field), batch 10. */
export const LIMITS = { depth: 10, complexity: 1000, batch: 10 } as const;

/** Nesting depth (fields only, fragments inlined) and field count of all operations in a document. */
function measureDocument(document: DocumentNode): { depth: number; complexity: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let complexity = 0;
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        complexity += 1;
        max = Math.max(max, walk(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(selection.selectionSet, depth, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) max = Math.max(max, walk(fragment.selectionSet, depth, new Set([...seen, selection.name.value])));
      }
    }
    return max;
  };
  let depth = 0;
  for (const def of document.definitions)
    if (def.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, walk(def.selectionSet, 0, new Set()));
  return { depth, complexity };
}

/** The 400 message for a document over a limit, or undefined when it is within all of them. */
export function limitViolation(document: DocumentNode): string | undefined {
  const { depth, complexity } = measureDocument(document);
  if (depth > LIMITS.depth) return `query depth ${depth} exceeds maximum allowed depth of ${LIMITS.depth}`;
  if (complexity > LIMITS.complexity) return `query complexity ${complexity} exceeds maximum allowed complexity of ${LIMITS.complexity}`;
  return undefined;
}

/** All field names used in a document (for faults that target a field). */
export function fieldNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      if (s.kind !== Kind.FRAGMENT_SPREAD) visit(s.selectionSet);
    }
  };
  for (const def of document.definitions)
    if (def.kind !== Kind.SCHEMA_DEFINITION && 'selectionSet' in def) visit(def.selectionSet as SelectionSetNode);
  return names;
}
