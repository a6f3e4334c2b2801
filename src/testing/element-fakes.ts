import type { FetchFn, ToolCatalog } from '@opencp/onboarding';
import type { AlertType, LuigiClientLike, LuigiConfirmationSettings } from '../portal/luigi-client';

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

export function luigiClientStub(options: { locale?: string; theme?: string; confirm?: boolean; route?: string }): LuigiClientStub {
  const stub: LuigiClientStub = {
    alerts: [],
    confirmations: [],
    navigations: [],
    confirmResult: options.confirm ?? true,
    getCurrentLocale: () => options.locale,
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
      const links = {
        navigate: (path: string) => stub.navigations.push(path),
        getCurrentRoute: () => Promise.resolve(options.route ?? '/current/route'),
        fromClosestContext: () => links,
      };
      return links;
    },
  };
  return stub;
}
