import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The portal content document (`{name, luigiConfigFragment}`) shipped as `assets/content-configuration.json`
 * and embedded in the ContentConfiguration (docs/platform.md §6). Only the fields this project reads are typed;
 * the strict schema (docs/platform.md §6.2) is checked by `content-document.spec.ts`.
 */
export interface ContentDocument {
  name: string;
  luigiConfigFragment: {
    data: {
      nodes: ContentNode[];
      nodeDefaults?: { entityType?: string };
      /** Translations of `{{key}}` labels per locale (docs/platform.md §6.2). */
      texts?: { locale?: string; textDictionary: Record<string, string> }[];
    };
  };
}

/** One node of the content document: portal field names (`url`, not `viewUrl`), docs/platform.md §6.2. */
export interface ContentNode {
  entityType?: string;
  pathSegment: string;
  label?: string;
  url?: string;
  webcomponent?: boolean | { selfRegistered?: boolean; type?: string; tagName?: string };
  defineEntity?: { id: string; contextKey?: string; label?: string };
  context?: Record<string, unknown>;
  children?: ContentNode[];
  [field: string]: unknown;
}

/** Repository root, resolved from this file so scripts work from any working directory. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

/** Path of the committed content document. */
export const CONTENT_DOCUMENT_PATH = resolve(REPO_ROOT, 'assets/content-configuration.json');

/**
 * Bundle URL written in the committed document: the local portal's `main.js`, as the real portal's local
 * development mode expects an absolute URL (docs/platform.md §5.7). Deployments replace it with `withBundleUrl`.
 */
export const LOCAL_BUNDLE_URL = 'http://localhost:4200/main.js';

/** Reads and parses a content document; throws the file path with the parse error when it is not JSON. */
export function readContentDocument(path: string = CONTENT_DOCUMENT_PATH): ContentDocument {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as ContentDocument;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Returns a copy of `document` whose node `url`s point at `bundleUrl` (the single deploy-time setting).
 * Every node of this project renders an element of the one bundle, so every `url` is replaced.
 */
export function withBundleUrl(document: ContentDocument, bundleUrl: string): ContentDocument {
  const rewrite = (node: ContentNode): ContentNode => ({
    ...node,
    ...(node.url === undefined ? {} : { url: bundleUrl }),
    ...(node.children ? { children: node.children.map(rewrite) } : {}),
  });
  const { data } = document.luigiConfigFragment;
  return { ...document, luigiConfigFragment: { ...document.luigiConfigFragment, data: { ...data, nodes: data.nodes.map(rewrite) } } };
}

/** Every node of the document, depth first, parents before children. */
export function allNodes(nodes: readonly ContentNode[]): ContentNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children ?? [])]);
}
