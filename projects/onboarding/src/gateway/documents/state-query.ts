import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { ToolDefinition } from '../../catalog/tool-definition';
import { assertGraphQLName } from '../graphql-names';
// StateQueryTemplate: the MCP list and the APIBinding list, each aliased on its own; ToolBlockTemplate: one tool's
// list block, aliased `TOOL_ALIAS`. Pre-parsed from document-sources.ts.
import { BindingFields, ControlPlaneFields, StateQueryTemplate, ToolBlockTemplate, ToolFieldsTemplate } from './documents.generated';
import { instantiateTemplate, joinDocuments } from './instantiate-template';
import { removedSpecFields, toolRenames } from './tool-renames';

/** A tool and the alias of its block; `fragmentSuffix` keeps fragment names unique when several tools share a query. */
export interface ToolBlock {
  readonly tool: ToolDefinition;
  readonly alias: string;
  readonly fragmentSuffix: string;
}

/**
 * A state query named `name`: the MCP list, the APIBinding list and one list block per tool, each in its own aliased
 * block so an error nulls only that block (docs/platform.md §4.7); every list selects its resourceVersion for the
 * watch that follows (docs/platform.md §4.9.6). `extra`, a one-operation document, adds its blocks, variables and
 * fragments (the tool page's ContentConfigurations). Composed from AST nodes, never from strings.
 */
export function stateQuery(name: string, blocks: readonly ToolBlock[], extra?: DocumentNode): DocumentNode {
  const base = instantiateTemplate(StateQueryTemplate, { renames: { STATE_QUERY: name } }).definitions[0] as OperationDefinitionNode;
  const toolFields: FieldNode[] = [];
  const fragments: DocumentNode[] = [];
  for (const { tool, alias, fragmentSuffix } of blocks) {
    const instance = {
      renames: { ...toolRenames(tool, fragmentSuffix), TOOL_ALIAS: assertGraphQLName(alias, `alias of tool ${tool.id}`) },
      removeFields: removedSpecFields(tool),
    };
    const block = instantiateTemplate(ToolBlockTemplate, instance).definitions[0] as OperationDefinitionNode;
    toolFields.push(...(block.selectionSet.selections as FieldNode[]));
    fragments.push(instantiateTemplate(ToolFieldsTemplate, instance));
  }
  const extraOperation = extra?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation: OperationDefinitionNode = {
    ...base,
    variableDefinitions: extraOperation?.variableDefinitions ?? [],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [...base.selectionSet.selections, ...toolFields, ...(extraOperation?.selectionSet.selections ?? [])],
    },
  };
  const extraFragments = extra?.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION) ?? [];
  return joinDocuments(
    { kind: Kind.DOCUMENT, definitions: [operation, ...extraFragments] },
    ControlPlaneFields,
    BindingFields,
    ...fragments,
  );
}
