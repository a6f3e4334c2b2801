import { parse, type DocumentNode } from 'graphql';
import type { ToolDefinition } from '../../catalog/tool-definition';
import { TOOL_FIELDS_TEMPLATE } from './fragments';
import { instantiateTemplate, joinDocuments } from './instantiate-template';
import { stateQuery } from './state-query';
import { removedSpecFields, toolRenames } from './tool-renames';

export { optionalSpecFields, type OptionalSpecField } from './tool-renames';

/** Name of every enablement resource (platform-contract §1.1). */
export const ENABLEMENT_NAME = 'default';

/** The documents of one tool; operation names carry the kind (`CreateKRO`, `WatchKROs`). */
export interface ToolDocuments {
  /** `ToolState`, no variables: MCP list, APIBinding list and the tool's list, each in its own aliased block. */
  readonly toolState: DocumentNode;
  /** `Create<Kind>`: `{ name, version, chartVersion?, providers?, components? }`. */
  readonly create: DocumentNode;
  /** `Update<Kind>`: JSON merge patch `{ name, resourceVersion, version?, chartVersion?, providers?, components? }`. */
  readonly update: DocumentNode;
  /** `Delete<Kind>`: `{ name }`. */
  readonly delete: DocumentNode;
  /** `Watch<ListField>`: `{ resourceVersion? }`, list subscription aliased `event`. */
  readonly listSubscription: DocumentNode;
}

const CREATE_TEMPLATE = parse(/* GraphQL */ `
  mutation CreateTOOL_KIND(
    $name: String!
    $version: String!
    $chartVersion: String
    $providers: [TOOL_PROVIDERS_INPUT]
    $components: [String]
  ) {
    group: TOOL_GROUP {
      version: TOOL_VERSION {
        result: createTOOL_KIND(
          object: {
            metadata: { name: $name }
            spec: { version: $version, chartVersion: $chartVersion, providers: $providers, components: $components }
          }
        ) {
          ...ToolFields
        }
      }
    }
  }
`);

const UPDATE_TEMPLATE = parse(/* GraphQL */ `
  mutation UpdateTOOL_KIND(
    $name: String!
    $resourceVersion: String!
    $version: String
    $chartVersion: String
    $providers: [TOOL_PROVIDERS_INPUT]
    $components: [String]
  ) {
    group: TOOL_GROUP {
      version: TOOL_VERSION {
        result: updateTOOL_KIND(
          name: $name
          object: {
            metadata: { resourceVersion: $resourceVersion }
            spec: { version: $version, chartVersion: $chartVersion, providers: $providers, components: $components }
          }
        ) {
          ...ToolFields
        }
      }
    }
  }
`);

const DELETE_TEMPLATE = parse(/* GraphQL */ `
  mutation DeleteTOOL_KIND($name: String!) {
    group: TOOL_GROUP {
      version: TOOL_VERSION {
        result: deleteTOOL_KIND(name: $name)
      }
    }
  }
`);

const LIST_SUBSCRIPTION_TEMPLATE = parse(/* GraphQL */ `
  subscription WatchTOOL_LIST($resourceVersion: String) {
    event: TOOL_LIST_SUBSCRIPTION(resourceVersion: $resourceVersion) {
      type
      object {
        ...ToolFields
      }
    }
  }
`);

const cache = new WeakMap<ToolDefinition, ToolDocuments>();

/** The documents of a tool, built once per tool definition. Throws when a catalog name is not a GraphQL name. */
export function toolDocuments(tool: ToolDefinition): ToolDocuments {
  const cached = cache.get(tool);
  if (cached) {
    return cached;
  }
  const instance = { renames: toolRenames(tool), removeFields: removedSpecFields(tool) };
  const toolFields = instantiateTemplate(TOOL_FIELDS_TEMPLATE, instance);
  const build = (template: DocumentNode, withFields: boolean) =>
    withFields ? joinDocuments(instantiateTemplate(template, instance), toolFields) : instantiateTemplate(template, instance);
  const documents: ToolDocuments = {
    toolState: stateQuery('ToolState', [{ tool, alias: 'tool', fragmentSuffix: '' }]),
    create: build(CREATE_TEMPLATE, true),
    update: build(UPDATE_TEMPLATE, true),
    delete: build(DELETE_TEMPLATE, false),
    listSubscription: build(LIST_SUBSCRIPTION_TEMPLATE, true),
  };
  cache.set(tool, documents);
  return documents;
}
