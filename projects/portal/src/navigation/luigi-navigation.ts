/**
 * Maps the portal content document (platform-contract §6) to Luigi navigation nodes the way the Platform Mesh
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

/** An account workspace the local portal offers, with the context the real portal gives its nodes (§5.5). */
export interface PortalAccount {
  /** Account name, e.g. `team-a`; also the node's pathSegment. */
  id: string;
  /** Workspace path, e.g. `root:orgs:demo:team-a`. */
  path: string;
  /** Gateway URL scoped to the account workspace (`…/api/clusters/<path>/graphql`, §4.1). */
  gatewayUrl: string;
}

/** Entity ids of the Platform Mesh portal (platform-contract §6.2). */
export const MAIN_ENTITY = 'main';
export const ACCOUNT_ENTITY = 'core_platform-mesh_io_account';

/** Content-node fields that only the portal backend reads; Luigi core would ignore or misread them. */
const PORTAL_ONLY_FIELDS = new Set(['url', 'urlSuffix', 'entityType', 'defineEntity', 'children', 'order', 'dxpOrder']);

/**
 * Root navigation: the document's `main` nodes, then one node per account (defining the account entity) that
 * carries the document's account-level nodes. Throws when a node names an entity the local portal does not define.
 */
export function navigationNodes(document: ContentDocument, accounts: readonly PortalAccount[], locale = 'en'): LuigiNode[] {
  const { nodes, nodeDefaults } = translatedDocument(document, locale).luigiConfigFragment.data;
  const entityOf = (node: ContentNode) => node.entityType ?? nodeDefaults?.entityType ?? MAIN_ENTITY;
  const accountEntity = `${MAIN_ENTITY}.${ACCOUNT_ENTITY}`;
  const isAccountLevel = (node: ContentNode) => entityOf(node) === accountEntity || entityOf(node).startsWith(`${accountEntity}.`);

  const root: LuigiNode = { pathSegment: '', children: [] };
  placeAll(nodes.filter((node) => !isAccountLevel(node)), new Map([[MAIN_ENTITY, root]]), entityOf);
  const perAccount = accounts.map((account) => {
    const accountNode: LuigiNode = {
      pathSegment: account.id,
      label: account.id,
      testId: `account-${account.id}`,
      context: accountContext(account),
      children: [],
    };
    placeAll(nodes.filter(isAccountLevel), new Map([[accountEntity, accountNode]]), entityOf);
    return accountNode;
  });
  return [...(root.children ?? []), ...perAccount];
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
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, translate(inner)]));
    return value;
  };
  const { data } = document.luigiConfigFragment;
  return { ...document, luigiConfigFragment: { ...document.luigiConfigFragment, data: { ...data, nodes: translate(data.nodes) as ContentNode[] } } };
}

/** Context the real portal gives nodes of an account (platform-contract §5.5). */
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

function placeAll(nodes: readonly ContentNode[], hosts: Map<string, LuigiNode>, entityOf: (node: ContentNode) => string): void {
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

function placeNode(node: ContentNode, hosts: Map<string, LuigiNode>, ranks: Ranks, parent: LuigiNode | undefined, inherited: string | undefined): void {
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

/** Sorts children by the portal's numeric `order` (stable; nodes without order last), recursively. */
function sortByOrder(node: LuigiNode, ranks: Ranks): void {
  const rank = (child: LuigiNode) => ranks.get(child) ?? Number.POSITIVE_INFINITY;
  node.children?.sort((a, b) => rank(a) - rank(b));
  node.children?.forEach((child) => sortByOrder(child, ranks));
}
