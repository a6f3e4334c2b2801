/**
 * What the generic resource view reads from its node context, and the GraphQL documents it sends for it. Field
 * names follow the kubernetes-graphql-gateway naming rules (docs/platform.md §4.2, the emulator's
 * `naming/gateway-names.ts`): the list field is flect's plural of the kind, not the CRD plural that
 * `resourceDefinition.plural` carries. Pure TypeScript (bundled into the view and unit-tested in Jest).
 */
import { gatewayNames } from '../../../gateway-emulator/src/naming/gateway-names';

/** `context.resourceDefinition` of a ContentConfiguration node (docs/platform.md §1.3). */
export interface ResourceDefinition {
  group: string;
  version: string;
  kind: string;
  /** Plural as the operator writes it (capitalised, e.g. `GitRepositories`); shown as the page title. */
  plural: string;
  singular?: string;
  scope: 'Cluster' | 'Namespaced';
}

/** The view's documents and where their answers carry the data. */
export interface ResourceDocuments {
  definition: ResourceDefinition;
  /** List query without variables. */
  listQuery: string;
  /** Path of the list object (`{resourceVersion, items}`) in the query's `data`, e.g. `['kro_run', 'v1alpha1', 'ResourceGraphDefinitions']`. */
  listPath: string[];
  /** Subscription with the variable `$resourceVersion` (changes after the list, docs/platform.md §4.5). */
  watchSubscription: string;
  /** Field of the subscription's `data` that carries `{type, object}`. */
  watchField: string;
}

/**
 * Reads `context.resourceDefinition`.
 * @throws Error naming the missing or wrong fields, so the page can say which node is misconfigured
 */
export function resourceDefinitionOf(context: Record<string, unknown> | null | undefined): ResourceDefinition {
  const value = context?.['resourceDefinition'] as Partial<Record<keyof ResourceDefinition, unknown>> | undefined;
  if (!value || typeof value !== 'object') throw new Error('the node context has no resourceDefinition');
  // The core group is the empty string; every other field must be a non-empty string.
  const missing: string[] = (['group', 'version', 'kind', 'plural'] as const).filter(
    (field) => typeof value[field] !== 'string' || (value[field] === '' && field !== 'group'),
  );
  if (value.scope !== 'Cluster' && value.scope !== 'Namespaced') missing.push('scope');
  if (missing.length > 0)
    throw new Error(`resourceDefinition lacks ${missing.join(', ')} (group, version, kind, plural, scope Cluster|Namespaced)`);
  return value as ResourceDefinition;
}

/** Fields of each object the view shows: name, namespace (namespaced kinds), age, Ready condition. */
function objectSelection(definition: ResourceDefinition): string {
  const namespace = definition.scope === 'Namespaced' ? ' namespace' : '';
  return `metadata { uid name${namespace} resourceVersion creationTimestamp } status { conditions { type status reason message } }`;
}

/** Builds the list query and the list subscription of a kind by the gateway's naming rules. */
export function resourceDocuments(definition: ResourceDefinition): ResourceDocuments {
  const names = gatewayNames(definition.group, definition.version, definition.kind);
  const selection = objectSelection(definition);
  const list = `${names.plural} { resourceVersion items { ${selection} } }`;
  const wrapped =
    names.groupField === '' ? `${definition.version} { ${list} }` : `${names.groupField} { ${definition.version} { ${list} } }`;
  return {
    definition,
    listQuery: `query GenericResourceList { ${wrapped} }`,
    listPath: [...(names.groupField === '' ? [] : [names.groupField]), definition.version, names.plural],
    watchSubscription:
      `subscription GenericResourceWatch($resourceVersion: String) { ` +
      `${names.listSubscription}(resourceVersion: $resourceVersion) { type object { ${selection} } } }`,
    watchField: names.listSubscription,
  };
}
