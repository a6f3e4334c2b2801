import { Kind, parse, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { ToolDefinition } from '../../catalog/tool-definition';
import { assertGraphQLName } from '../graphql-names';
import { BINDING_FIELDS, CONTROL_PLANE_FIELDS, TOOL_FIELDS_TEMPLATE } from './fragments';
import { instantiateTemplate, joinDocuments } from './instantiate-template';
import { removedSpecFields, toolRenames } from './tool-renames';

/** The blocks every state query has: the MCP list and the APIBinding list, each aliased on its own. */
const BASE_TEMPLATE = parse(/* GraphQL */ `
  query STATE_QUERY {
    mcp: core_opencp_cloud {
      version: v1alpha1 {
        list: ManagedControlPlanes {
          resourceVersion
          items {
            ...ControlPlaneFields
          }
        }
      }
    }
    bindings: apis_kcp_io {
      version: v1alpha2 {
        list: APIBindings {
          resourceVersion
          items {
            ...BindingFields
          }
        }
      }
    }
  }
`);

/** One tool's list block, aliased `TOOL_ALIAS`. */
const TOOL_BLOCK_TEMPLATE = parse(/* GraphQL */ `
  query ToolBlock {
    TOOL_ALIAS: TOOL_GROUP {
      version: TOOL_VERSION {
        list: TOOL_LIST {
          resourceVersion
          items {
            ...ToolFields
          }
        }
      }
    }
  }
`);

/** A tool and the alias of its block; `fragmentSuffix` keeps fragment names unique when several tools share a query. */
export interface ToolBlock {
  readonly tool: ToolDefinition;
  readonly alias: string;
  readonly fragmentSuffix: string;
}

/**
 * A state query named `name` without variables: the MCP list, the APIBinding list and one list block per tool, each
 * in its own aliased block so an error nulls only that block (platform-contract §4.7); every list selects its
 * resourceVersion for the watch that follows (§4.9.6). Composed from AST nodes, never from strings.
 */
export function stateQuery(name: string, blocks: readonly ToolBlock[]): DocumentNode {
  const base = instantiateTemplate(BASE_TEMPLATE, { renames: { STATE_QUERY: name } }).definitions[0] as OperationDefinitionNode;
  const toolFields: FieldNode[] = [];
  const fragments: DocumentNode[] = [];
  for (const { tool, alias, fragmentSuffix } of blocks) {
    const instance = {
      renames: { ...toolRenames(tool, fragmentSuffix), TOOL_ALIAS: assertGraphQLName(alias, `alias of tool ${tool.id}`) },
      removeFields: removedSpecFields(tool),
    };
    const block = instantiateTemplate(TOOL_BLOCK_TEMPLATE, instance).definitions[0] as OperationDefinitionNode;
    toolFields.push(...(block.selectionSet.selections as FieldNode[]));
    fragments.push(instantiateTemplate(TOOL_FIELDS_TEMPLATE, instance));
  }
  const operation: OperationDefinitionNode = {
    ...base,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...base.selectionSet.selections, ...toolFields] },
  };
  return joinDocuments({ kind: Kind.DOCUMENT, definitions: [operation] }, CONTROL_PLANE_FIELDS, BINDING_FIELDS, ...fragments);
}
