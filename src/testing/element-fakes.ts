import type { FetchFn, ToolCatalog } from '@opencp/onboarding';
import type { AlertType, LuigiClientLike, LuigiConfirmationSettings, LuigiLinkManager } from '../portal/luigi-client';

/** Gateway URL of the test contexts (account workspace `root:orgs:demo:team-a`). Test-only. */
export const TEST_GATEWAY = 'http://gateway.test/api/clusters/root:orgs:demo:team-a/graphql';

/** A catalog `fetch` answering every URL with `catalog`, or failing with `catalog` when it is an Error. Test-only. */
export function fakeCatalogFetch(catalog: ToolCatalog | Error): FetchFn {
  return async () => {
    if (catalog instanceof Error) return { ok: false, status: 404, statusText: catalog.message, text: async () => '' };
    return { ok: true, status: 200, text: async () => JSON.stringify(catalog) };
  };
}

/** A `LuigiClient` for web components that records what the element asks of the portal. Test-only. */
export interface LuigiClientStub extends LuigiClientLike {
  readonly alerts: { text: string; type: AlertType }[];
  readonly confirmations: LuigiConfirmationSettings[];
  readonly navigations: string[];
  /** What the next confirmation answers (true = confirm). */
  confirmResult: boolean;
}

/**
 * Options of {@link luigiClientStub}. `route` is the current route; with `contextRoute` (route of the closest
 * navigation context node, a prefix of `route`) the stub answers `fromClosestContext()` like Luigi core: relative
 * routes and navigation below that node. `paths` (absolute routes) enables `pathExists`.
 */
export interface LuigiClientStubOptions {
  locale?: string;
  theme?: string;
  confirm?: boolean;
  route?: string;
  contextRoute?: string;
  paths?: readonly string[];
  /** What `getNodeParams()` answers (the current route's `?~key=value`). */
  nodeParams?: Readonly<Record<string, string>>;
}

export function luigiClientStub(options: LuigiClientStubOptions): LuigiClientStub {
  const stub: LuigiClientStub = {
    alerts: [],
    confirmations: [],
    navigations: [],
    confirmResult: options.confirm ?? true,
    getCurrentLocale: () => options.locale,
    getNodeParams: () => options.nodeParams ?? {},
    uxManager: () => ({
      showAlert: (settings) => {
        stub.alerts.push({ text: settings.text, type: settings.type });
        return Promise.resolve();
      },
      showConfirmationModal: (settings) => {
        stub.confirmations.push(settings);
        return stub.confirmResult ? Promise.resolve() : Promise.reject(new Error('dismissed'));
      },
      getCurrentTheme: () => options.theme,
    }),
    linkManager: () => {
      const route = options.route ?? '/current/route';
      const context = options.contextRoute;
      const links: LuigiLinkManager = {
        navigate: (path: string) => stub.navigations.push(path),
        getCurrentRoute: () => Promise.resolve(route),
        fromClosestContext: () =>
          context === undefined
            ? links
            : {
                navigate: (path: string) => stub.navigations.push(path ? `${context}/${path}` : context),
                getCurrentRoute: () => route.slice(context.length), // Luigi answers synchronously here
              },
        ...(options.paths && { pathExists: (path: string) => Promise.resolve(options.paths!.includes(path)) }),
        // Recorded like Luigi's URL: `path?~key=value`.
        withParams: (params) => ({
          ...links,
          navigate: (path: string) =>
            stub.navigations.push(
              `${path}?${Object.entries(params)
                .map(([key, value]) => `~${key}=${value}`)
                .join('&')}`,
            ),
        }),
      };
      return links;
    },
  };
  return stub;
}
