/**
 * Maps the portal content document (docs/platform.md §6) to Luigi navigation nodes the way the Platform Mesh
 * portal does, so the local portal shows exactly the shipped nodes: `url` becomes `viewUrl`, `webcomponent` is kept,
 * and each node is hung under the node that defines its `entityType` (root → account → OpenControlPlane → tools).
 * Pure TypeScript without DOM or Node APIs: bundled into the portal page and unit-tested in Jest.
 */
import type { ContentDocument, ContentNode } from '../content/content-document';

/** The subset of a Luigi core navigation node this portal produces. */
export interface LuigiNode {
  pathSegment: string;
  label?: string;
  icon?: string;
  viewUrl?: string;
  webcomponent?: ContentNode['webcomponent'];
  context?: Record<string, unknown>;
  children?: LuigiNode[];
  [field: string]: unknown;
}

/** Children Luigi core loads on demand: called again after `Luigi.configChanged('navigation')`. */
export type LazyChildren = () => Promise<LuigiNode[]>;

/** An account node whose children Luigi core loads through {@link LazyChildren}. */
export type LazyAccountNode = Omit<LuigiNode, 'children'> & { children: LazyChildren };

/** An account workspace the local portal offers, with the context the real portal gives its nodes (docs/platform.md §5.5). */
export interface PortalAccount {
  /** Account name, e.g. `team-a`; also the node's pathSegment. */
  id: string;
  /** Workspace path, e.g. `root:orgs:demo:team-a`. */
  path: string;
  /** Gateway URL scoped to the account workspace (`…/api/clusters/<path>/graphql`, docs/platform.md §4.1). */
  gatewayUrl: string;
}

/** Entity ids of the Platform Mesh portal (docs/platform.md §6.2). */
export const MAIN_ENTITY = 'main';
export const ACCOUNT_ENTITY = 'core_platform-mesh_io_account';

/** Content-node fields that only the portal backend reads; Luigi core would ignore or misread them. */
const PORTAL_ONLY_FIELDS = new Set(['url', 'urlSuffix', 'entityType', 'defineEntity', 'children', 'order', 'dxpOrder']);

/**
 * Root navigation: the document's `main` nodes, then one node per account (defining the account entity) that
 * carries the document's account-level nodes. Throws when a node names an entity the local portal does not define.
 */
export function navigationNodes(document: ContentDocument, accounts: readonly PortalAccount[], locale = 'en'): LuigiNode[] {
  const shown = translatedDocument(document, locale);
  return [...mainNodes(shown), ...accounts.map((account) => ({ ...accountNode(account), children: accountChildren([shown]) }))];
}

/**
 * Root navigation whose account nodes load their children through `load(account)` (the shipped document plus the
 * account's ContentConfigurations, see {@link accountChildren}). Luigi core calls a loader when its node cache is
 * empty: on first use and again after `Luigi.configChanged('navigation')`, which clears that cache.
 */
export function lazyNavigationNodes(
  document: ContentDocument,
  accounts: readonly PortalAccount[],
  load: (account: PortalAccount) => LazyChildren,
): Array<LuigiNode | LazyAccountNode> {
  return [...mainNodes(document), ...accounts.map((account) => ({ ...accountNode(account), children: load(account) }))];
}

function mainNodes(document: ContentDocument): LuigiNode[] {
  const root: LuigiNode = { pathSegment: '', children: [] };
  placeAll(
    topLevelNodes([document]).filter((node) => !isAccountLevel(node)),
    new Map([[MAIN_ENTITY, root]]),
  );
  return root.children ?? [];
}

function accountNode(account: PortalAccount): LuigiNode {
  return { pathSegment: account.id, label: account.id, testId: `account-${account.id}`, context: accountContext(account) };
}

/**
 * Children of an account node: the account-level nodes of all `documents` (the shipped one first, then the
 * ContentConfigurations' documents), each hung under the node that defines its entity and sorted by `order`.
 * A node keeps its `category` (`{id, label, order, isGroup}`): Luigi core groups and orders the categories itself.
 * Throws when a node names an entity none of the documents defines.
 */
export function accountChildren(documents: readonly ContentDocument[]): LuigiNode[] {
  const host: LuigiNode = { pathSegment: '', children: [] };
  placeAll(topLevelNodes(documents).filter(isAccountLevel), new Map([[ACCOUNT_LEVEL, host]]));
  return host.children ?? [];
}

const ACCOUNT_LEVEL = `${MAIN_ENTITY}.${ACCOUNT_ENTITY}`;

/** The top-level nodes of all documents, each with its document's default entity filled in. */
function topLevelNodes(documents: readonly ContentDocument[]): ContentNode[] {
  return documents.flatMap(({ luigiConfigFragment: { data } }) =>
    data.nodes.map((node) => ({ ...node, entityType: node.entityType ?? data.nodeDefaults?.entityType ?? MAIN_ENTITY })),
  );
}

function isAccountLevel(node: ContentNode): boolean {
  return node.entityType === ACCOUNT_LEVEL || node.entityType!.startsWith(`${ACCOUNT_LEVEL}.`);
}

/** A text reference of the content document: a string that is exactly `{{key}}` (docs/platform.md §6.2 `texts`). */
const TEXT_KEY = /^\{\{([^{}]+)\}\}$/;

/**
 * The document with every `{{key}}` string replaced from `luigiConfigFragment.data.texts` (docs/platform.md §6.2):
 * the dictionary of `locale` (`de` also matches `de-DE`), then the one with locale `""`, then `en`. A key no
 * dictionary has stays as written, so a missing translation is visible instead of silently empty.
 */
export function translatedDocument(document: ContentDocument, locale: string): ContentDocument {
  const texts = document.luigiConfigFragment.data.texts ?? [];
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const dictionaries = [language, '', 'en'].flatMap((wanted) =>
    texts.filter((text) => (text.locale ?? '').toLowerCase() === wanted).map((text) => text.textDictionary),
  );
  const translate = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const key = TEXT_KEY.exec(value)?.[1];
      return key === undefined ? value : (dictionaries.find((dictionary) => key in dictionary)?.[key] ?? value);
    }
    if (Array.isArray(value)) return value.map(translate);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, translate(inner)]));
    return value;
  };
  const { data } = document.luigiConfigFragment;
  return {
    ...document,
    luigiConfigFragment: { ...document.luigiConfigFragment, data: { ...data, nodes: translate(data.nodes) as ContentNode[] } },
  };
}

/** Context the real portal gives nodes of an account (docs/platform.md §5.5). */
export function accountContext(account: PortalAccount): Record<string, unknown> {
  const organization = account.path.split(':').at(-2) ?? '';
  return {
    accountPath: account.path,
    accountId: account.id,
    organization,
    entityContext: { account: { id: account.id } },
    'core_platform-mesh_io_accountId': account.id,
    portalContext: { crdGatewayApiUrl: account.gatewayUrl },
  };
}

/** Converts one content node (without children) to a Luigi node: `url` → `viewUrl`, portal-only fields dropped. */
export function toLuigiNode(node: ContentNode): LuigiNode {
  const luigi: LuigiNode = { pathSegment: node.pathSegment };
  for (const [field, value] of Object.entries(node)) {
    if (!PORTAL_ONLY_FIELDS.has(field)) luigi[field] = value;
  }
  if (node.url !== undefined) luigi.viewUrl = node.url;
  return luigi;
}

/** Portal `order` of each placed node, so siblings can be sorted like the portal sorts them. */
type Ranks = WeakMap<LuigiNode, number>;

/** Places top-level nodes (entityType filled in) under the hosts of their entities, then sorts every host. */
function placeAll(nodes: readonly ContentNode[], hosts: Map<string, LuigiNode>): void {
  const entityOf = (node: ContentNode) => node.entityType!;
  const ranks: Ranks = new WeakMap();
  // A node may name an entity that a later node defines: place in rounds until nothing more can be placed.
  let pending = [...nodes];
  while (pending.length > 0) {
    const waiting = pending.filter((node) => !hosts.has(entityOf(node)));
    // No progress: placing the first waiting node throws the error that names it and its entity.
    if (waiting.length === pending.length) placeNode(waiting[0], hosts, ranks, undefined, entityOf(waiting[0]));
    for (const node of pending.filter((candidate) => !waiting.includes(candidate))) {
      placeNode(node, hosts, ranks, undefined, entityOf(node));
    }
    pending = waiting;
  }
  for (const host of new Set(hosts.values())) sortByOrder(host, ranks);
}

function placeNode(
  node: ContentNode,
  hosts: Map<string, LuigiNode>,
  ranks: Ranks,
  parent: LuigiNode | undefined,
  inherited: string | undefined,
): void {
  const entityType = node.entityType ?? inherited;
  const host = (entityType === undefined ? undefined : hosts.get(entityType)) ?? parent;
  if (!host) {
    throw new Error(`content node "${node.pathSegment}" has entityType "${entityType}", which the local portal does not define`);
  }
  const luigi = toLuigiNode(node);
  (host.children ??= []).push(luigi);
  if (typeof node.order === 'number') ranks.set(luigi, node.order);
  const defined = node.defineEntity && entityType ? `${entityType}.${node.defineEntity.id}` : entityType;
  if (node.defineEntity && defined) hosts.set(defined, luigi);
  for (const child of node.children ?? []) placeNode(child, hosts, ranks, luigi, defined);
}

/**
 * Sorts children as the left navigation shows them (stable; nodes without order last), recursively: by the
 * `order` of their `category` when they have one (a string category takes the order of the sibling category
 * object with that id), else by their own `order`; within a category by their own `order`.
 */
function sortByOrder(node: LuigiNode, ranks: Ranks): void {
  const children = node.children ?? [];
  const categoryOrders = new Map<string, number>();
  for (const child of children) {
    const category = child['category'] as { id?: string; order?: unknown } | string | undefined;
    if (typeof category === 'object' && category.id && typeof category.order === 'number') categoryOrders.set(category.id, category.order);
  }
  const own = (child: LuigiNode) => ranks.get(child) ?? Number.POSITIVE_INFINITY;
  const placed = (child: LuigiNode) => {
    const category = child['category'] as { id?: string } | string | undefined;
    const id = typeof category === 'string' ? category : category?.id;
    return (id === undefined ? undefined : categoryOrders.get(id)) ?? own(child);
  };
  children.sort((a, b) => placed(a) - placed(b) || own(a) - own(b));
  children.forEach((child) => sortByOrder(child, ranks));
}
