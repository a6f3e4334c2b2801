import { contextProblem, contextValue, type ContextResult } from './context-problem';
import type { GlobalContext, PortalContext } from './portal-context';

/**
 * Bearer token for the next request or stream. The portal refreshes the token in the Luigi global context without
 * re-rendering, so the global context's token comes first and `context.token` is the fallback
 * (docs/platform.md §5.4). Call it per request, never cache the result. Returns `missing-token` when neither holds a non-blank string.
 */
export function resolveToken(context: PortalContext | null | undefined, globalContext?: GlobalContext | null): ContextResult<string> {
  for (const candidate of [globalContext?.token, context?.token]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') {
      return contextValue(candidate.trim());
    }
  }
  return contextProblem('missing-token', 'neither the Luigi global context nor context.token holds a token');
}
