import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFieldConfigArgumentMap,
  GraphQLFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { ResourceDefinition } from '../crd/resource-definition';
import { gatewayNames } from '../naming/gateway-names';
import { GatewayContext } from './gateway-context';
import { OpenApiTypeConverter } from './openapi-types';
import { applyYamlResolver, resourceResolvers } from './resource-resolvers';
import { JSONStringScalar } from './scalars';

type Fields = GraphQLFieldConfigMap<unknown, GatewayContext>;

/** `WatchEventType` enum of subscription events (docs/platform.md §4.4). */
const WatchEventTypeEnum = new GraphQLEnumType({
  name: 'WatchEventType',
  values: { ADDED: { value: 'ADDED' }, MODIFIED: { value: 'MODIFIED' }, DELETED: { value: 'DELETED' } },
});

const nameArg = { name: { type: new GraphQLNonNull(GraphQLString), description: 'The name of the object' } };
const namespaceArg = { namespace: { type: GraphQLString, description: 'The namespace in which to search for the objects' } };
const dryRunArg = { dryRun: { type: GraphQLBoolean, description: 'If true, the operation will be performed in dry-run mode' } };
const listArgs: GraphQLFieldConfigArgumentMap = {
  labelselector: { type: GraphQLString, description: 'A label selector to filter the objects by' },
  sortBy: { type: GraphQLString, defaultValue: 'metadata.name', description: 'The field to sort the results by' },
  limit: { type: GraphQLInt, description: 'Maximum number of items to return (server may return fewer)' },
  continue: { type: GraphQLString, description: 'Continue token from a previous list call to retrieve the next page' },
};
const watchArgs: GraphQLFieldConfigArgumentMap = {
  subscribeToAll: { type: GraphQLBoolean, defaultValue: false, description: 'If true, events will be emitted on every field change' },
  resourceVersion: {
    type: GraphQLString,
    description: 'If set, subscription will stream changes starting from this resourceVersion. If omitted will return all',
  },
};

/** `typeByCategoryObject`: one kind whose CRD lists the asked category (the gateway's `typeByCategory`, docs/platform.md §4.3). */
const TypeByCategoryObject = new GraphQLObjectType({
  name: 'typeByCategoryObject',
  fields: {
    kind: { type: new GraphQLNonNull(GraphQLString) },
    group: { type: new GraphQLNonNull(GraphQLString) },
    version: { type: new GraphQLNonNull(GraphQLString) },
    scope: { type: new GraphQLNonNull(GraphQLString) },
  },
});

/**
 * Root `typeByCategory(name)`: every served version of every kind whose CRD lists category `name`
 * (`spec.names.categories`, e.g. `kcp` → APIBinding and APIExport in `v1alpha1` and `v1alpha2`); `[]` for an
 * unknown category. Answers from the schema's own definitions, without a permission check (as the gateway does).
 */
function typeByCategoryField(definitions: readonly ResourceDefinition[]): Fields[string] {
  return {
    type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(TypeByCategoryObject))),
    args: nameArg,
    resolve: guarded('typeByCategory', (_s, args) =>
      definitions
        .filter((d) => d.categories.includes(String(args.name)))
        .map((d) => ({ kind: d.kind, group: d.group, version: d.version, scope: d.scope })),
    ),
  };
}

/** Wraps a resolver so an injected `graphql-error` fault for this field name fails it (null propagation as usual). */
function guarded<A extends unknown[], R>(
  field: string,
  resolve: (source: unknown, args: Record<string, unknown>, ctx: GatewayContext, ...rest: A) => R,
) {
  return (source: unknown, args: Record<string, unknown>, ctx: GatewayContext, ...rest: A): R => {
    if (ctx.failField?.field === field) throw new Error(ctx.failField.message);
    return resolve(source, args, ctx, ...rest);
  };
}

/** Group/version wrapper resolvers return an empty object so nested fields run (the gateway's CommonResolver). */
const wrapper = () => ({});

/**
 * Builds the schema from the served CRDs (once per Gateway; all workspaces serve the same kinds), by the gateway v1.12+ rules (docs/platform.md §2.1, §4.2-§4.5):
 * `group { version { Kind, Plurals, KindYaml } }` queries, `group { version { create/update/deleteKind } }`
 * mutations plus root `applyYaml`, flat lower-case subscriptions; no `namespace` argument on cluster-scoped kinds;
 * every field nullable except get/list (and list items), so an error nulls the version block; every served version
 * of a CRD is generated; root `typeByCategory(name)`.
 */
export function buildGatewaySchema(definitions: readonly ResourceDefinition[]): GraphQLSchema {
  const converter = new OpenApiTypeConverter();
  const subscriptionFields: Fields = {};
  const rootQuery: Fields = { typeByCategory: typeByCategoryField(definitions) };
  const rootMutation: Fields = {
    applyYaml: {
      type: JSONStringScalar,
      args: { yaml: { type: new GraphQLNonNull(GraphQLString), description: 'YAML manifest to apply (single document only)' } },
      resolve: guarded('applyYaml', applyYamlResolver(definitions)),
    },
  };
  const queryGroups: Groups = new Map();
  const mutationGroups: Groups = new Map();

  for (const def of definitions) {
    const names = gatewayNames(def.group, def.version, def.kind);
    const resolvers = resourceResolvers(def);
    const { fields, inputFields } = converter.resourceFields(def.schema, names.typeName);
    const resourceType = new GraphQLObjectType({ name: names.typeName, fields });
    const inputType = new GraphQLInputObjectType({ name: names.inputTypeName, fields: inputFields });
    const scoped = def.scope === 'Namespaced' ? namespaceArg : {};
    const listType = new GraphQLObjectType({
      name: names.listTypeName,
      fields: {
        resourceVersion: { type: GraphQLString },
        items: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(resourceType))) },
        continue: { type: GraphQLString },
        remainingItemCount: { type: GraphQLInt },
      },
    });
    const eventType = new GraphQLObjectType({
      name: names.eventTypeName,
      fields: { type: { type: new GraphQLNonNull(WatchEventTypeEnum) }, object: { type: resourceType } },
    });

    const query = versionFields(queryGroups, names.groupField, names.groupQueryType, def.version, names.versionQueryType);
    query[names.plural] = {
      type: new GraphQLNonNull(listType),
      args: { ...listArgs, ...scoped },
      resolve: guarded(names.plural, resolvers.list),
    };
    query[names.singular] = {
      type: new GraphQLNonNull(resourceType),
      args: { ...nameArg, ...scoped },
      resolve: guarded(names.singular, resolvers.get),
    };
    query[`${names.singular}Yaml`] = {
      type: new GraphQLNonNull(GraphQLString),
      args: { ...nameArg, ...scoped },
      resolve: guarded(`${names.singular}Yaml`, resolvers.yaml),
    };

    const mutation = versionFields(mutationGroups, names.groupField, names.groupMutationType, def.version, names.versionMutationType);
    const objectArg = { object: { type: new GraphQLNonNull(inputType), description: 'The object to create or update' } };
    mutation[`create${names.singular}`] = {
      type: resourceType,
      args: { ...objectArg, ...dryRunArg, ...scoped },
      resolve: guarded(`create${names.singular}`, resolvers.create),
    };
    mutation[`update${names.singular}`] = {
      type: resourceType,
      args: { ...objectArg, ...dryRunArg, ...scoped, ...nameArg },
      resolve: guarded(`update${names.singular}`, resolvers.update),
    };
    mutation[`delete${names.singular}`] = {
      type: GraphQLBoolean,
      args: { ...nameArg, ...scoped, ...dryRunArg },
      resolve: guarded(`delete${names.singular}`, resolvers.remove),
    };

    const subscription = (
      field: string,
      args: GraphQLFieldConfigArgumentMap,
      of: string,
      subscribe: typeof resolvers.subscribeList,
    ): void => {
      subscriptionFields[field] = {
        type: eventType,
        args: { ...args, ...scoped, ...watchArgs },
        description: `Subscribe to changes of ${of}`,
        subscribe: guarded(field, subscribe),
        resolve: (event: unknown) => event,
      };
    };
    subscription(names.singleSubscription, nameArg, names.singular, resolvers.subscribeSingle);
    subscription(names.listSubscription, listArgs, names.plural, resolvers.subscribeList);
  }

  addGroups(queryGroups, rootQuery);
  addGroups(mutationGroups, rootMutation);

  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: sortFields(rootQuery) }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: sortFields(rootMutation) }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: sortFields(subscriptionFields) }),
  });
}

/** Group → version → fields, each with the name of its wrapper type (`ApisKcpIoQuery`, `ApisKcpIoV1alpha2Query`). */
type Groups = Map<string, { typeName: string; versions: Map<string, { typeName: string; fields: Fields }> }>;

/** The field map of one group/version block, created on first use. */
function versionFields(groups: Groups, groupField: string, groupTypeName: string, version: string, versionTypeName: string): Fields {
  let group = groups.get(groupField);
  if (!group) groups.set(groupField, (group = { typeName: groupTypeName, versions: new Map() }));
  let block = group.versions.get(version);
  if (!block) group.versions.set(version, (block = { typeName: versionTypeName, fields: {} }));
  return block.fields;
}

/** Adds `group { version { … } }` wrapper fields to `root` (the core group's versions sit at the root). */
function addGroups(groups: Groups, root: Fields): void {
  for (const [groupField, group] of groups) {
    const versionEntries: Fields = {};
    for (const [version, block] of group.versions) {
      versionEntries[version] = {
        type: new GraphQLObjectType({ name: block.typeName, fields: sortFields(block.fields) }),
        resolve: wrapper,
      };
    }
    if (groupField === '') Object.assign(root, versionEntries);
    else root[groupField] = { type: new GraphQLObjectType({ name: group.typeName, fields: sortFields(versionEntries) }), resolve: wrapper };
  }
}

function sortFields(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}
