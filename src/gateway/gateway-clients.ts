import { inject, Injectable, InjectionToken } from '@angular/core';
import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { BaseHttpLink } from '@apollo/client/link/http';
import { RemoveTypenameFromVariablesLink } from '@apollo/client/link/remove-typename';
import { getMainDefinition } from '@apollo/client/utilities';
import { Apollo } from 'apollo-angular';
import type { GatewayClient } from '@opencp/onboarding';
import { ApolloGatewayClient } from './apollo-gateway-client';
import { NoStoreCache } from './no-store-cache';
import { SseLink } from './sse-link';

/** Reads the current bearer token, or null when none is known; called for every request and stream. */
export type TokenReader = () => string | null;

/**
 * The `fetch` that queries and mutations use. The app provides `prefetchingFetch` (`elements.ts`), which hands over
 * the state query `main.ts` sent before the application started and calls the global `fetch` current at each other
 * request; without it Apollo's link calls the global `fetch`. Tests provide a fake.
 */
export const GATEWAY_FETCH = new InjectionToken<typeof fetch>('fetch for gateway queries and mutations');

/**
 * One {@link GatewayClient} per gateway URL (docs/platform.md §4.9 rule 3), shared by every element on the page.
 * Queries and mutations go through `@apollo/client`'s fetch-based `BaseHttpLink` (no Angular HttpClient: about 6 kB
 * gzipped less per page), subscriptions through {@link SseLink}; no batching.
 * The token is read lazily per request through the reader most recently registered for the URL.
 */
@Injectable({ providedIn: 'root' })
export class GatewayClients {
  private readonly apollo = inject(Apollo);
  private readonly fetch = inject(GATEWAY_FETCH, { optional: true }) ?? undefined;
  private readonly clients = new Map<string, { client: GatewayClient; token: { read: TokenReader } }>();

  /**
   * The client for `url`, created on first use.
   * @param url gateway endpoint scoped to the account workspace (`…/api/clusters/<workspace>/graphql`)
   * @param token reader of the current token (global Luigi context first, then `context.token`)
   */
  forUrl(url: string, token: TokenReader): GatewayClient {
    const known = this.clients.get(url);
    if (known) {
      known.token.read = token;
      return known.client;
    }
    const holder = { read: token };
    const headers = (): Record<string, string> => {
      const current = holder.read();
      return current ? { Authorization: `Bearer ${current}` } : {};
    };
    this.apollo.createNamed(url, { cache: new NoStoreCache(), link: this.link(url, headers) });
    const client = new ApolloGatewayClient(this.apollo.use(url));
    this.clients.set(url, { client, token: holder });
    return client;
  }

  private link(url: string, headers: () => Record<string, string>): ApolloLink {
    const auth = new SetContextLink((previous) => ({ headers: { ...previous['headers'], ...headers() } }));
    const http = new BaseHttpLink({ uri: url, fetch: this.fetch });
    const sse = new SseLink(url, headers);
    const isSubscription = (operation: ApolloLink.Operation): boolean => {
      const definition = getMainDefinition(operation.query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    };
    return ApolloLink.from([new RemoveTypenameFromVariablesLink(), ApolloLink.split(isSubscription, sse, auth.concat(http))]);
  }
}
