import type { DocumentNode } from 'graphql';
import type { ToolDefinition } from '../../catalog/tool-definition';
// Templates pre-parsed from document-sources.ts (no GraphQL parser in the bundle).
import {
  CreateToolTemplate,
  DeleteToolTemplate,
  ToolFieldsTemplate,
  UpdateToolTemplate,
  WatchToolListTemplate,
} from './documents.generated';
import { ToolContentConfigurationsQuery } from './content-configuration-documents';
import { instantiateTemplate, joinDocuments } from './instantiate-template';
import { stateQuery } from './state-query';
import { removedSpecFields, toolRenames } from './tool-renames';

export { optionalSpecFields, type OptionalSpecField } from './tool-renames';

/** Name of every enablement resource (docs/platform.md §1.1). */
export const ENABLEMENT_NAME = 'default';

/** The documents of one tool; operation names carry the kind (`CreateKRO`, `WatchKROs`). */
export interface ToolDocuments {
  /**
   * `ToolState`, variables `{ selector }` (`contentForSelector`): MCP list, APIBinding list, the tool's list and
   * its ContentConfigurations (`pages`, so a Ready page lists its portal pages without a second request), each in
   * its own aliased block.
   */
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

const cache = new WeakMap<ToolDefinition, ToolDocuments>();

/** The documents of a tool, built once per tool definition. Throws when a catalog name is not a GraphQL name. */
export function toolDocuments(tool: ToolDefinition): ToolDocuments {
  const cached = cache.get(tool);
  if (cached) {
    return cached;
  }
  const instance = { renames: toolRenames(tool), removeFields: removedSpecFields(tool) };
  const toolFields = instantiateTemplate(ToolFieldsTemplate, instance);
  const build = (template: DocumentNode, withFields: boolean) =>
    withFields ? joinDocuments(instantiateTemplate(template, instance), toolFields) : instantiateTemplate(template, instance);
  const documents: ToolDocuments = {
    toolState: stateQuery('ToolState', [{ tool, alias: 'tool', fragmentSuffix: '' }], ToolContentConfigurationsQuery),
    create: build(CreateToolTemplate, true),
    update: build(UpdateToolTemplate, true),
    delete: build(DeleteToolTemplate, false),
    listSubscription: build(WatchToolListTemplate, true),
  };
  cache.set(tool, documents);
  return documents;
}
