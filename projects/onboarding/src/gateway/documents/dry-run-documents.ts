import { Kind, visit, type DocumentNode, type VariableNode } from 'graphql';

const cache = new WeakMap<DocumentNode, DocumentNode>();
const DRY_RUN: VariableNode = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'dryRun' } };

/**
 * The dry-run form of a write document: the same mutation with `$dryRun: Boolean` passed as `dryRun` to its
 * aliased `result` field (`create…`, `update…`, `delete…`; docs/platform.md §4.3), so the API server checks the write
 * (RBAC, admission) without storing it. Derived from the real document with `graphql`'s `visit`, once per document;
 * the real writes keep their documents unchanged. Send it with the real write's variables plus `dryRun: true`.
 */
export function withDryRun(document: DocumentNode): DocumentNode {
  let dryRun = cache.get(document);
  if (!dryRun) {
    dryRun = visit(document, {
      OperationDefinition: (node) => ({
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: DRY_RUN,
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Boolean' } },
          },
        ],
      }),
      Field: (node) =>
        node.alias?.value === 'result'
          ? {
              ...node,
              arguments: [...(node.arguments ?? []), { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'dryRun' }, value: DRY_RUN }],
            }
          : undefined,
    });
    cache.set(document, dryRun);
  }
  return dryRun;
}
