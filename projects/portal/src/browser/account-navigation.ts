/**
 * Loads an account's navigation like the Platform Mesh portal: the shipped content document plus the
 * ContentConfigurations of the account workspace (docs/platform.md §1.3, §6.1), listed through the gateway with the
 * user's current token. Luigi core calls the loader whenever its node cache is empty, so `Luigi.configChanged(
 * 'navigation')` (the product's Refresh, docs/platform.md §5.6) brings new or removed pages without a page reload.
 */
import type { ContentDocument } from '../content/content-document';
import {
  accountContent,
  ACCOUNT_CONTENT_SELECTOR,
  CONTENT_CONFIGURATIONS_QUERY,
  ContentConfigurationsAnswer,
} from '../navigation/content-configurations';
import { accountChildren, LazyChildren, LuigiNode, PortalAccount } from '../navigation/luigi-navigation';
import { postGraphql } from './post-graphql';

/**
 * Longest wait for the list, in ms: Luigi shows no navigation until the loader resolves, so after this the shipped
 * pages are shown with a warning (a browser queues requests beyond six open connections per host on HTTP/1.1).
 */
export const LIST_TIMEOUT_MS = 10_000;

/** What the loader needs from the page. */
export interface AccountNavigationDeps {
  /** The user's current token (Luigi's global context; the portal refreshes it there, docs/platform.md §5.4). */
  token(): string;
  /** Shows a warning to the user (Luigi's alert). */
  warn(text: string): void;
  fetch?: typeof fetch;
}

/**
 * Returns, per account, the loader of its children. Concurrent calls share one request; every call after the
 * previous one settled lists again. When listing fails, the shipped pages are shown and `warn` says why and how
 * to retry; a configuration that cannot be used is named in a warning and left out.
 */
export function accountNavigation(document: ContentDocument, deps: AccountNavigationDeps): (account: PortalAccount) => LazyChildren {
  return (account) => {
    let pending: Promise<LuigiNode[]> | null = null;
    return () => {
      pending ??= load(document, account, deps).finally(() => (pending = null));
      return pending;
    };
  };
}

async function load(document: ContentDocument, account: PortalAccount, deps: AccountNavigationDeps): Promise<LuigiNode[]> {
  try {
    const answer = await postGraphql<ContentConfigurationsAnswer>(
      account.gatewayUrl,
      deps.token(),
      CONTENT_CONFIGURATIONS_QUERY,
      { selector: ACCOUNT_CONTENT_SELECTOR },
      deps.fetch,
      LIST_TIMEOUT_MS,
    );
    const { documents, problems } = accountContent(answer);
    if (problems.length > 0) deps.warn(`Some pages of account ${account.id} are missing: ${problems.join('; ')}.`);
    return accountChildren([document, ...documents]);
  } catch (error) {
    deps.warn(
      `The pages that ContentConfigurations add to account ${account.id} could not be loaded (${(error as Error).message}); ` +
        'only the OpenControlPlane pages are shown. Refresh the navigation or reload the portal to try again.',
    );
    return accountChildren([document]);
  }
}
