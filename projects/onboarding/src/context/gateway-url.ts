import { contextProblem, contextValue, type ContextResult } from './context-problem';
import type { PortalContext } from './portal-context';

/** The workspace segment right before `/graphql` (docs/platform.md §5.5). */
const WORKSPACE_SEGMENT = /\/([^/]+)\/graphql$/;

/**
 * Gateway URL of the account workspace from `context.portalContext.crdGatewayApiUrl`.
 * Account scoping (docs/platform.md §5.5): when `accountPath` (older: `kcpPath`) differs from the segment before
 * `/graphql`, that segment is replaced by it. Returns `missing-gateway-url` when absent or blank and
 * `invalid-gateway-url` when the URL does not end in `/<workspace>/graphql`.
 */
export function resolveGatewayUrl(context: PortalContext | null | undefined): ContextResult<string> {
  const raw = context?.portalContext?.crdGatewayApiUrl;
  if (typeof raw !== 'string' || raw.trim() === '') {
    return contextProblem('missing-gateway-url', 'context.portalContext.crdGatewayApiUrl is not set');
  }
  const url = raw.trim().replace(/\/+$/, '');
  const match = WORKSPACE_SEGMENT.exec(url);
  if (!match) {
    return contextProblem('invalid-gateway-url', `context.portalContext.crdGatewayApiUrl "${url}" does not end in /<workspace>/graphql`);
  }
  const accountPath = nonBlank(context?.accountPath) ?? nonBlank(context?.kcpPath);
  if (!accountPath || decodeURIComponent(match[1]) === accountPath) {
    return contextValue(url);
  }
  return contextValue(url.slice(0, match.index) + `/${accountPath}/graphql`);
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
