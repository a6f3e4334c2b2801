// The context resolvers straight from their files, as the application's (shared with its chunk): the library's entry
// point would put the whole library into that shared chunk. Plain functions of the context, no Angular or graphql.
import { catalogOverride } from '../../projects/onboarding/src/context/catalog-url';
import { resolveGatewayUrl } from '../../projects/onboarding/src/context/gateway-url';
import type { PortalContext } from '../../projects/onboarding/src/context/portal-context';
import { resolveToken } from '../../projects/onboarding/src/context/token';
import type { ElementKind } from '../element-tags';
import type { LuigiGlobal } from '../portal/luigi-client';
import type { PrefetchInit } from './prefetched-request';
import { CATALOG_SHA256, DEFINITIONS, OVERVIEW_STATE, TOOL_STATES } from './state-requests.generated';

/**
 * The early state request of `main.ts` (docs/onboarding-ui.md §12): what to send for an element's context, from the
 * generated state requests of the shipped catalog (`npm run generate:state-requests`; its specs prove it is what the
 * application sends). A small chunk of its own that `main.ts` imports when evaluated, in parallel with the
 * application chunk: plain strings, no graphql. `main.ts` sends and keeps the request (`state-prefetch.ts`).
 */

/**
 * The headers Apollo's `BaseHttpLink` sends with every query besides `Authorization` (its defaults; the gateway
 * client sets no others). `state-requests.spec.ts` checks them against what the application sends.
 */
export const GATEWAY_QUERY_HEADERS: Readonly<Record<string, string>> = {
  Accept: 'application/graphql-response+json,application/json;q=0.9',
  'Content-Type': 'application/json',
};

/**
 * JSON body of the first request of the overview (`toolId` null) or of the tool page of `toolId`:
 * `{ operationName, variables, query }`, serialised as Apollo's `BaseHttpLink` does. Null for a tool the shipped
 * catalog does not have.
 */
export function stateRequestBody(toolId: string | null): string | null {
  const request = toolId === null ? OVERVIEW_STATE : Object.hasOwn(TOOL_STATES, toolId) ? TOOL_STATES[toolId] : null;
  if (!request) return null;
  const query = request.definitions.map((index) => DEFINITIONS[index]).join('\n\n');
  return JSON.stringify({ operationName: request.operationName, variables: request.variables, query });
}

/**
 * The page's first GraphQL request for an element of `kind` with `value` as its context, as the application will
 * send it (URL, headers, body), or null when
 * - the tool is not known: neither fixed by the tag nor in `context.toolId` (the overview needs none), or not in the
 *   shipped catalog;
 * - the context gives no gateway URL (`resolveGatewayUrl`) or no token (`resolveToken`: the Luigi global context
 *   first, then `context.token`), the application's resolution and order;
 * - the context sets a `catalogUrl` (another catalog may mean another query).
 */
export function stateRequestFor(kind: ElementKind, value: unknown): { readonly url: string; readonly init: PrefetchInit } | null {
  const context = value !== null && typeof value === 'object' ? (value as PortalContext) : null;
  if (!context || catalogOverride(context) !== null) return null;
  const url = resolveGatewayUrl(context);
  // `luigiGlobal()` of portal/luigi-client.ts, read here so that module stays out of a chunk of its own.
  const luigi = (globalThis as { Luigi?: LuigiGlobal }).Luigi;
  const token = resolveToken(context, luigi?.getGlobalContext?.());
  const toolId = kind.kind === 'overview' ? null : (kind.toolId ?? (typeof context.toolId === 'string' ? context.toolId : undefined));
  if (!url.ok || !token.ok || toolId === undefined) return null;
  const body = stateRequestBody(toolId);
  if (!body) return null;
  return { url: url.value, init: { method: 'POST', headers: { ...GATEWAY_QUERY_HEADERS, Authorization: `Bearer ${token.value}` }, body } };
}

/**
 * Whether the catalog `text` is the one the table was built from: the SHA-256 of `JSON.stringify` of the parsed
 * document, the comparison the catalog store makes with the shipped catalog. False for any other document (a
 * catalog mounted over `assets/catalog.json` at deploy time) and where the browser offers no `crypto.subtle`
 * (pages not served over HTTPS or from localhost): the application then sends its own first request.
 */
export async function isShippedCatalog(text: string): Promise<boolean> {
  if (!globalThis.crypto?.subtle) return false;
  let canonical: string;
  try {
    canonical = JSON.stringify(JSON.parse(text));
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return false; // not JSON: the catalog store reports it
    throw error;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('') === CATALOG_SHA256;
}
