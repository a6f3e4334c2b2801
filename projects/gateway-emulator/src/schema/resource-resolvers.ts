import { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { parseAllDocuments, stringify } from 'yaml';
import { apiVersionOf, ResourceDefinition } from '../crd/resource-definition';
import { isAllowed, Verb } from '../auth/users';
import { forbidden, noBindPermission } from '../store/api-errors';
import { KubeObject } from '../store/kube-object';
import { parseLabelSelector } from '../store/label-selector';
import { createMergePatch } from '../store/merge-patch';
import { objectSelection } from '../watch/selection-projection';
import { WatchEvent, watchResource } from '../watch/watch-stream';
import { GatewayContext } from './gateway-context';

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, GatewayContext, Args>;

/**
 * The emulated RBAC check before every operation: the API server's "is forbidden" text with the verb
 * (docs/platform.md §4.7); named for get/patch/delete, unnamed for create/list/watch, as the API server words it.
 */
function assertAllowed(def: ResourceDefinition, ctx: GatewayContext, verb: Verb, name?: string, namespace?: string): void {
  if (!isAllowed(ctx.user, verb)) throw forbidden(def, ctx.user.name, verb, name, namespace);
}

/**
 * The `namespace` argument: ignored (absent from the schema) for cluster-scoped kinds; required at runtime for
 * single-object operations on namespaced kinds (`missing required argument: namespace`, docs/platform.md §4.2).
 */
function namespaceOf(def: ResourceDefinition, args: Args, required: boolean): string | undefined {
  if (def.scope !== 'Namespaced') return undefined;
  const namespace = typeof args.namespace === 'string' && args.namespace !== '' ? args.namespace : undefined;
  if (required && namespace === undefined) throw new Error('missing required argument: namespace');
  return namespace;
}

/**
 * kcp's bind check on APIBinding create (docs/platform.md §3.1): the user may bind exports of the account
 * workspace itself (a path-less reference, or its own path: workspace admin plus the operator's
 * `services-apiexport-bind`), but has no `bind` on exports in other workspaces such as `root:providers:opencp`.
 * Checked after RBAC's create check, as admission runs after authorisation.
 */
function assertMayBind(def: ResourceDefinition, ctx: GatewayContext, object: Record<string, unknown>): void {
  if (def.group !== 'apis.kcp.io' || def.kind !== 'APIBinding') return;
  const exportRef = (valueAt(object, 'spec.reference.export') ?? {}) as { path?: unknown; name?: unknown };
  if (typeof exportRef.path !== 'string' || exportRef.path === '' || exportRef.path === ctx.workspace.path) return;
  const name = String(valueAt(object, 'metadata.name') ?? '');
  throw noBindPermission(def, name, exportRef.path, String(exportRef.name ?? ''));
}

/** The gateway wraps every list failure, RBAC included, as `unable to list objects: <cause>` (docs/platform.md §4.7). */
const listFailure = (error: Error): Error => new Error(`unable to list objects: ${error.message}`);

/** Plain JSON copy of a GraphQL input (graphql-js builds null-prototype objects). */
const plain = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;

function valueAt(object: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), object);
}

/** List order of `sortBy` values: numeric-aware, built once (`localeCompare` with options builds one per call). */
const SORT_ORDER = new Intl.Collator(undefined, { numeric: true });

/** Continue token: opaque base64 of the next offset (the gateway passes the API server's token through). */
const encodeContinue = (offset: number): string => Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64');
function decodeContinue(token: string): number {
  try {
    const offset = (JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown }).offset;
    if (typeof offset === 'number' && offset >= 0) return offset;
  } catch (error) {
    throw listFailure(new Error(`continue key is not valid: ${(error as Error).message}`));
  }
  throw listFailure(new Error('continue key is not valid: no offset in the token; list again without continue'));
}

/** Resolvers of the fields generated for one kind (docs/platform.md §4.3, §4.5). */
export function resourceResolvers(def: ResourceDefinition) {
  const get: Resolver = (_s, args, ctx) => {
    const namespace = namespaceOf(def, args, true);
    assertAllowed(def, ctx, 'get', String(args.name), namespace);
    return ctx.workspace.store.require(def, String(args.name), namespace);
  };

  const yaml: Resolver = (s, args, ctx, info) => stringify(get(s, args, ctx, info));

  const list: Resolver = (_s, args, ctx) => {
    const namespace = namespaceOf(def, args, false);
    if (!isAllowed(ctx.user, 'list')) throw listFailure(forbidden(def, ctx.user.name, 'list', undefined, namespace));
    // The gateway parses the selector itself and returns the parser's error unwrapped.
    const matcher = parseLabelSelector(args.labelselector as string | undefined);
    const sortBy = typeof args.sortBy === 'string' && args.sortBy !== '' ? args.sortBy : 'metadata.name';
    const matching = ctx.workspace.store
      .list(def)
      .filter((o) => matcher(o.metadata.labels) && (namespace === undefined || o.metadata.namespace === namespace));
    if (matching.length > 0 && valueAt(matching[0], sortBy) === undefined) throw new Error('specified sortBy field does not exist');
    const items = matching
      .map((object) => ({ object, key: String(valueAt(object, sortBy) ?? '') }))
      .sort((a, b) => SORT_ORDER.compare(a.key, b.key))
      .map((entry) => entry.object);
    const offset = typeof args.continue === 'string' && args.continue !== '' ? decodeContinue(args.continue) : 0;
    const limit = typeof args.limit === 'number' && args.limit > 0 ? args.limit : undefined;
    const page = limit === undefined ? items.slice(offset) : items.slice(offset, offset + limit);
    const remaining = items.length - offset - page.length;
    return {
      resourceVersion: ctx.workspace.store.resourceVersion(),
      items: page,
      continue: limit !== undefined && remaining > 0 ? encodeContinue(offset + page.length) : null,
      remainingItemCount: limit !== undefined && remaining > 0 ? remaining : null,
    };
  };

  const create: Resolver = (_s, args, ctx) => {
    const namespace = namespaceOf(def, args, true);
    assertAllowed(def, ctx, 'create', undefined, namespace);
    const object = plain(args.object);
    if (namespace !== undefined) object.metadata = { ...((object.metadata as Record<string, unknown> | undefined) ?? {}), namespace };
    assertMayBind(def, ctx, object);
    return ctx.workspace.store.create(def, object, { dryRun: args.dryRun === true });
  };

  const update: Resolver = (_s, args, ctx) => {
    const namespace = namespaceOf(def, args, true);
    assertAllowed(def, ctx, 'patch', String(args.name), namespace);
    return ctx.workspace.store.update(def, String(args.name), plain(args.object), { dryRun: args.dryRun === true, namespace });
  };

  const remove: Resolver = (_s, args, ctx) => {
    const namespace = namespaceOf(def, args, true);
    assertAllowed(def, ctx, 'delete', String(args.name), namespace);
    ctx.workspace.store.delete(def, String(args.name), { dryRun: args.dryRun === true, namespace });
    return true;
  };

  const subscribe =
    (single: boolean) =>
    (_s: unknown, args: Args, ctx: GatewayContext, info: GraphQLResolveInfo): AsyncIterator<WatchEvent> => {
      const namespace = namespaceOf(def, args, single);
      assertAllowed(def, ctx, 'watch', undefined, namespace);
      let matchLabels;
      try {
        matchLabels = parseLabelSelector(single ? undefined : (args.labelselector as string | undefined));
      } catch (error) {
        throw new Error(`unable to watch objects: ${(error as Error).message}`, { cause: error });
      }
      const stream = watchResource(ctx.workspace.store, def, {
        name: single ? String(args.name) : undefined,
        namespace,
        matchLabels,
        resourceVersion: (args.resourceVersion as string | undefined) ?? undefined,
        subscribeToAll: args.subscribeToAll === true,
        selection: objectSelection(info.fieldNodes[0], info.fragments),
      });
      return ctx.workspace.track(stream);
    };

  return { get, yaml, list, create, update, remove, subscribeSingle: subscribe(true), subscribeList: subscribe(false) };
}

/**
 * Root `applyYaml(yaml)`: one YAML document, created when absent, else its content replaces the stored one
 * (as a merge patch computed from the difference). Returns the stored object (JSONString).
 */
export function applyYamlResolver(definitions: readonly ResourceDefinition[]): Resolver {
  return (_s, args, ctx) => {
    const documents = parseAllDocuments(String(args.yaml));
    if (documents.length !== 1) throw new Error(`applyYaml accepts exactly one YAML document, got ${documents.length}`);
    const [doc] = documents;
    if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0].message}`);
    const object = doc.toJS() as Partial<KubeObject> | null;
    const def = definitions.find((d) => apiVersionOf(d) === object?.apiVersion && d.kind === object?.kind);
    if (!object || !def) throw new Error(`no matches for kind "${String(object?.kind)}" in version "${String(object?.apiVersion)}"`);
    const name = object.metadata?.name;
    const namespace = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : undefined;
    const existing = name ? ctx.workspace.store.get(def, name, namespace) : undefined;
    if (!existing) {
      assertAllowed(def, ctx, 'create');
      assertMayBind(def, ctx, object as Record<string, unknown>);
      return ctx.workspace.store.create(def, object as Record<string, unknown>);
    }
    assertAllowed(def, ctx, 'patch', existing.metadata.name);
    const { status: _status, metadata: _meta, ...current } = existing;
    const { status: _newStatus, metadata: newMeta, ...desired } = object;
    const patch = createMergePatch(current, desired);
    const labels = newMeta?.labels ?? null;
    const annotations = newMeta?.annotations ?? null;
    return ctx.workspace.store.update(def, existing.metadata.name, { ...patch, metadata: { labels, annotations } }, { namespace });
  };
}
