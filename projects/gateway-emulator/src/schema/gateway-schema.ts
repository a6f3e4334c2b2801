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

/** `WatchEventType` enum of subscription events (platform-contract §4.4). */
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

/** Wraps a resolver so an injected `graphql-error` fault for this field name fails it (null propagation as usual). */
function guarded<A extends unknown[], R>(field: string, resolve: (source: unknown, args: Record<string, unknown>, ctx: GatewayContext, ...rest: A) => R) {
  return (source: unknown, args: Record<string, unknown>, ctx: GatewayContext, ...rest: A): R => {
    if (ctx.failField?.field === field) throw new Error(ctx.failField.message);
    return resolve(source, args, ctx, ...rest);
  };
}

/** Group/version wrapper resolvers return an empty object so nested fields run (the gateway's CommonResolver). */
const wrapper = () => ({});

/**
 * Builds the schema of one workspace from its CRDs, by the gateway v1.12+ rules (platform-contract §2.1, §4.2-§4.5):
 * `group { version { Kind, Plurals, KindYaml } }` queries, `group { version { create/update/deleteKind } }`
 * mutations plus root `applyYaml`, flat lower-case subscriptions; no `namespace` argument on cluster-scoped kinds;
 * every field nullable except get/list (and list items), so an error nulls the version block.
 */
export function buildGatewaySchema(definitions: readonly ResourceDefinition[]): GraphQLSchema {
  const converter = new OpenApiTypeConverter();
  const mutationGroups = new Map<string, Map<string, Fields>>();
  const subscriptionFields: Fields = {};
  const rootQuery: Fields = {};
  const rootMutation: Fields = { applyYaml: { type: JSONStringScalar, args: { yaml: { type: new GraphQLNonNull(GraphQLString), description: 'YAML manifest to apply (single document only)' } }, resolve: guarded('applyYaml', applyYamlResolver(definitions)) } };

  const versionFields = (map: Map<string, Map<string, Fields>>, groupField: string, version: string): Fields => {
    let versions = map.get(groupField);
    if (!versions) map.set(groupField, (versions = new Map()));
    let fields = versions.get(version);
    if (!fields) versions.set(version, (fields = {}));
    return fields;
  };
  const queryVersions = new Map<string, Map<string, Fields>>();

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

    const query = versionFields(queryVersions, names.groupField, def.version);
    query[names.plural] = { type: new GraphQLNonNull(listType), args: { ...listArgs, ...scoped }, resolve: guarded(names.plural, resolvers.list) };
    query[names.singular] = { type: new GraphQLNonNull(resourceType), args: { ...nameArg, ...scoped }, resolve: guarded(names.singular, resolvers.get) };
    query[`${names.singular}Yaml`] = { type: new GraphQLNonNull(GraphQLString), args: { ...nameArg, ...scoped }, resolve: guarded(`${names.singular}Yaml`, resolvers.yaml) };

    const mutation = versionFields(mutationGroups, names.groupField, def.version);
    const objectArg = { object: { type: new GraphQLNonNull(inputType), description: 'The object to create or update' } };
    mutation[`create${names.singular}`] = { type: resourceType, args: { ...objectArg, ...dryRunArg, ...scoped }, resolve: guarded(`create${names.singular}`, resolvers.create) };
    mutation[`update${names.singular}`] = { type: resourceType, args: { ...objectArg, ...dryRunArg, ...scoped, ...nameArg }, resolve: guarded(`update${names.singular}`, resolvers.update) };
    mutation[`delete${names.singular}`] = { type: GraphQLBoolean, args: { ...nameArg, ...scoped, ...dryRunArg }, resolve: guarded(`delete${names.singular}`, resolvers.remove) };

    subscriptionFields[names.singleSubscription] = {
      type: eventType,
      args: { ...nameArg, ...scoped, ...watchArgs },
      description: `Subscribe to changes of ${names.singular}`,
      subscribe: guarded(names.singleSubscription, resolvers.subscribeSingle),
      resolve: (event: unknown) => event,
    };
    subscriptionFields[names.listSubscription] = {
      type: eventType,
      args: { ...listArgs, ...scoped, ...watchArgs },
      description: `Subscribe to changes of ${names.plural}`,
      subscribe: guarded(names.listSubscription, resolvers.subscribeList),
      resolve: (event: unknown) => event,
    };
  }

  const wrap = (map: Map<string, Map<string, Fields>>, root: Fields, suffix: 'Query' | 'Mutation') => {
    for (const [groupField, versions] of [...map.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const versionEntries: Fields = {};
      for (const [version, fields] of [...versions.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const def = definitions.find((d) => gatewayNames(d.group, d.version, d.kind).groupField === groupField && d.version === version);
        const names = gatewayNames(def?.group ?? '', version, def?.kind ?? '');
        const type = new GraphQLObjectType({ name: suffix === 'Query' ? names.versionQueryType : names.versionMutationType, fields: sortFields(fields) });
        versionEntries[version] = { type, resolve: wrapper };
      }
      if (groupField === '') Object.assign(root, versionEntries);
      else {
        const groupTypeName = suffix === 'Query' ? gatewayNames(groupField, 'v', 'K').groupQueryType : gatewayNames(groupField, 'v', 'K').groupMutationType;
        root[groupField] = { type: new GraphQLObjectType({ name: groupTypeName, fields: versionEntries }), resolve: wrapper };
      }
    }
  };
  wrap(queryVersions, rootQuery, 'Query');
  wrap(mutationGroups, rootMutation, 'Mutation');

  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: sortFields(rootQuery) }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: sortFields(rootMutation) }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: sortFields(subscriptionFields) }),
  });
}

function sortFields(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}
