import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { assertGraphQLName } from '../graphql-names';

/** How to turn a parsed template into a tool's document. */
export interface TemplateInstance {
  /** Placeholder name → real name; applies to every Name node (fields, types, operations, fragments). */
  readonly renames?: Readonly<Record<string, string>>;
  /**
   * Spec fields the kind does not have (e.g. `chartVersion` for Crossplane): removed from selections, input object
   * literals and variable definitions, so the document matches the kind's schema.
   */
  readonly removeFields?: ReadonlySet<string>;
}

/**
 * Produces a document from a static template by editing its AST with `graphql`'s `visit` (never by string
 * building). Every new name is validated against the GraphQL name rule; values stay variables.
 */
export function instantiateTemplate(template: DocumentNode, instance: TemplateInstance): DocumentNode {
  const renames = new Map(
    Object.entries(instance.renames ?? {}).map(([placeholder, name]) => [placeholder, assertGraphQLName(name, placeholder)]),
  );
  const removed = instance.removeFields ?? new Set<string>();
  return visit(template, {
    Name: (node) => (renames.has(node.value) ? { ...node, value: renames.get(node.value) } : undefined),
    Field: (node) => (removed.has(node.name.value) ? null : undefined),
    ObjectField: (node) => (removed.has(node.name.value) ? null : undefined),
    VariableDefinition: (node) => (removed.has(node.variable.name.value) ? null : undefined),
  });
}

/** Joins the definitions of several parsed documents (an operation and the fragments it spreads). */
export function joinDocuments(...documents: readonly DocumentNode[]): DocumentNode {
  return { kind: Kind.DOCUMENT, definitions: documents.flatMap((document) => document.definitions) };
}

/** The operation name of a document, for logs, fakes and fault injection. */
export function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value ?? '';
}

/** Every literal argument or input value in a document (used by tests: documents carry variables only). */
export function literalValues(document: DocumentNode): string[] {
  const literals: string[] = [];
  const record = (node: ASTNode & { value?: unknown }) => {
    literals.push(`${node.kind}:${String(node.value)}`);
  };
  visit(document, {
    StringValue: record,
    IntValue: record,
    FloatValue: record,
    BooleanValue: record,
    EnumValue: record,
    NullValue: (node) => {
      literals.push(node.kind);
    },
  });
  return literals;
}
