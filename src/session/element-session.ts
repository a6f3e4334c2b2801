import { computed, effect, inject, Injector, resource, signal, Signal, untracked } from '@angular/core';
import {
  GatewayClient,
  resolveCatalogUrl,
  resolveGatewayUrl,
  resolveLocale,
  resolveToken,
  type PortalContext,
  type ToolCatalog,
} from '@opencp/onboarding';
import { GatewayClients } from '../gateway/gateway-clients';
import { loadTexts, textsFor } from '../i18n/i18n';
import type { Texts } from '../i18n/texts';
import type { LuigiClientLike } from '../portal/luigi-client';
import { LuigiHost } from '../portal/luigi-host';
import { applyTheme } from '../theme';
import { CatalogStore, DEFAULT_CATALOG_URL } from './catalog-store';

/**
 * What every element derives from its two properties, `context` and `LuigiClient` (docs/platform.md §5.2): the
 * portal adapter, locale and texts, theme, the catalog, the gateway URL and client, and any context problem.
 * Everything is a `computed` of the input signals, so the properties may arrive in any order and later `context`
 * updates flow through. Create it in a component's injection context.
 */
export class ElementSession {
  private readonly injector = inject(Injector);
  private readonly catalogs = inject(CatalogStore);
  private readonly defaultCatalogUrl = inject(DEFAULT_CATALOG_URL);
  /** Provided in tests (`FakeGatewayClient`); production builds one Apollo client per gateway URL. */
  private readonly providedClient = inject(GatewayClient, { optional: true });

  readonly host: LuigiHost;
  readonly locale = computed(() => resolveLocale(this.host.locale()));
  /** Texts of the locale; English until a locale chunk loaded meanwhile (a language switch) arrives. */
  readonly texts: Signal<Texts> = computed(() => textsFor(this.locale()));

  /** Catalog of the context's `catalogUrl` or the bundled one; reloads when that URL changes. */
  readonly catalog = resource<ToolCatalog, string>({
    params: () => resolveCatalogUrl(this.context() ?? undefined, this.defaultCatalogUrl),
    loader: ({ params }) => this.catalogs.load(params),
  });

  private readonly gatewayUrlResult = computed(() => resolveGatewayUrl(this.context() ?? undefined));

  /** Gateway URL scoped to the account workspace (docs/platform.md §5.5), null while unusable; equal strings do not re-notify. */
  readonly gatewayUrl = computed(() => {
    const url = this.gatewayUrlResult();
    return url.ok ? url.value : null;
  });

  /** First context problem, localised; `retry` when loading again may help (the catalog fetch). */
  private readonly firstProblem = computed<{ readonly text: string; readonly retry: boolean } | null>(() => {
    const texts = this.texts();
    const url = this.gatewayUrlResult();
    if (!url.ok) {
      const text =
        url.problem.key === 'missing-gateway-url' ? texts.context.missingGateway : texts.context.invalidGateway(url.problem.detail);
      return { text, retry: false };
    }
    if (!resolveToken(this.context() ?? undefined, this.host.globalContext()).ok) return { text: texts.context.missingToken, retry: false };
    const error = this.catalog.error();
    if (error) return { text: texts.context.catalogFailed(error.message), retry: true };
    return null;
  });

  /** Localised text of the first context problem, or null when the element can work. */
  readonly problem = computed(() => this.firstProblem()?.text ?? null);

  /** The problem is a failed catalog load, which {@link retryCatalog} may fix. */
  readonly problemRetryable = computed(() => this.firstProblem()?.retry === true);

  /** Loads the catalog again (a failed load is not cached by `CatalogStore`). */
  retryCatalog(): void {
    this.catalog.reload();
  }

  constructor(
    private readonly context: Signal<PortalContext | null | undefined>,
    luigiClient: Signal<LuigiClientLike | null | undefined>,
  ) {
    this.host = new LuigiHost(luigiClient);
    effect(() => applyTheme(this.host.theme()));
    effect(() => {
      const locale = this.locale();
      untracked(() => void loadTexts(locale)); // a language switch while mounted
    });
  }

  /**
   * Keeps one flow object (`OnboardingMachine`, `OverviewModel`) alive while the context is usable: created and
   * started when `source()` yields a value, disposed (streams closed) and replaced when the source or the gateway URL
   * changes, and disposed when the element is destroyed. Call in an injection context.
   * @returns the current object, null while the context is not usable
   */
  keepAlive<S, T extends { start(): void; dispose(): void }>(
    source: () => S | null | undefined,
    create: (source: S, client: GatewayClient) => T,
  ): Signal<T | null> {
    const current = signal<T | null>(null);
    effect((onCleanup) => {
      const value = source();
      const url = this.gatewayUrl();
      if (value === null || value === undefined || !url || this.problem()) return;
      const object = untracked(() => create(value, this.gatewayClient(url)));
      object.start();
      current.set(object);
      onCleanup(() => {
        object.dispose();
        current.set(null);
      });
    });
    return current.asReadonly();
  }

  /**
   * Client for `url`. The token is read per request (global Luigi context first, then the latest `context.token`),
   * never captured (docs/platform.md §5.4).
   */
  gatewayClient(url: string): GatewayClient {
    return (
      this.providedClient ??
      this.injector.get(GatewayClients).forUrl(url, () => {
        const token = resolveToken(untracked(this.context) ?? undefined, this.host.globalContext());
        return token.ok ? token.value : null;
      })
    );
  }
}
