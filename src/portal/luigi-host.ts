import { luigiGlobal, type AlertType, type LuigiClientLike, type LuigiConfirmationSettings } from './luigi-client';

/** UI5 theme names the elements support (SAP Horizon light/dark). */
export type Ui5Theme = 'sap_horizon' | 'sap_horizon_dark';

/**
 * The one adapter between the elements and the portal: the `LuigiClient` property (docs/platform.md §5.3) and
 * `window.Luigi` (docs/platform.md §5.4). Each call reads the current client through `client()`, so a `LuigiClient` assigned after
 * the element was created is used; members missing in the host's Luigi version degrade to documented fallbacks.
 */
/**
 * Node parameter with which the overview's "Update available" opens a tool page at Change version with that version
 * preselected (`…/kro?~changeVersion=v0.9.3`, docs/onboarding-ui.md §10).
 */
export const CHANGE_VERSION_PARAM = 'changeVersion';

/** Per slot (e.g. a tool id): an alert is shown; the newest alert waiting for it to close. Shared by all elements. */
const ALERT_SLOTS = new Map<string, { next: { text: string; type: AlertType } | null }>();

export class LuigiHost {
  /** @param client returns the element's current `LuigiClient` property (null when not set) */
  constructor(private readonly client: () => LuigiClientLike | null | undefined) {}

  /** Luigi locale (`getCurrentLocale`), or null when the host offers none. */
  locale(): string | null {
    return this.client()?.getCurrentLocale?.() ?? null;
  }

  /** Portal theme mapped to SAP Horizon: any theme name containing `dark` → `sap_horizon_dark`, else light. */
  theme(): Ui5Theme {
    const theme = this.client()?.uxManager?.().getCurrentTheme?.() ?? '';
    return /dark/i.test(theme) ? 'sap_horizon_dark' : 'sap_horizon';
  }

  /** Token of the Luigi global context (refreshed by the portal without re-rendering, docs/platform.md §5.4), if any. */
  globalContext(): { readonly token?: unknown } | null {
    return luigiGlobal()?.getGlobalContext?.() ?? null;
  }

  /**
   * Shows an alert through `uxManager().showAlert` (docs/platform.md §5.3), at most one per `slot` at a time: Luigi lets a client
   * open alerts but not close them, so while the slot's alert is shown a newer one waits and replaces any older
   * waiting one; it is shown when the current one closes (after 5000 ms, errors stay until dismissed). The slots are
   * shared by every element of the bundle, so a page opened again meanwhile does not stack a second alert. No Luigi
   * alert `id` is passed: Luigi logs a console error for a duplicate id instead of queueing it.
   * @returns false when the host offers no alerts: the caller shows the message inline instead
   */
  showAlert(text: string, type: AlertType, slot = 'default'): boolean {
    const ux = this.client()?.uxManager?.();
    if (!ux?.showAlert) return false;
    const open = ALERT_SLOTS.get(slot);
    if (open) {
      open.next = { text, type };
      return true;
    }
    const entry: { next: { text: string; type: AlertType } | null } = { next: null };
    ALERT_SLOTS.set(slot, entry);
    const closeAfter = type === 'error' ? undefined : 5000;
    void Promise.resolve(ux.showAlert({ text, type, closeAfter }))
      .catch((error: unknown) => console.warn(`openmcp onboarding elements: the portal refused the alert "${text}"`, error))
      .finally(() => {
        ALERT_SLOTS.delete(slot);
        if (entry.next) this.showAlert(entry.next.text, entry.next.type, slot);
      });
    return true;
  }

  /**
   * Asks the user to confirm through `uxManager().showConfirmationModal` (resolves on confirm, rejects on dismiss);
   * without it, falls back to the browser's `confirm`.
   * @returns true when the user confirmed
   */
  async confirm(
    settings: Required<Pick<LuigiConfirmationSettings, 'header' | 'body' | 'buttonConfirm' | 'buttonDismiss'>>,
  ): Promise<boolean> {
    const ux = this.client()?.uxManager?.();
    if (ux?.showConfirmationModal) {
      return ux.showConfirmationModal({ type: 'warning', ...settings }).then(
        () => true,
        () => false, // Luigi rejects when the user dismisses: that is a "no", not an error
      );
    }
    return globalThis.confirm?.(`${settings.header}\n\n${settings.body}`) ?? false;
  }

  /**
   * Navigates relative to the closest navigation context (the control-plane entity, so `pathSegment` of a tool node
   * works), else by `navigate` alone; `params` become node parameters of the target (`withParams`, where offered).
   * @returns false when the host offers no link manager
   */
  navigate(path: string, params?: Readonly<Record<string, string>>): boolean {
    const links = this.client()?.linkManager?.();
    if (!links) return false;
    const closest = links.fromClosestContext?.() ?? links;
    const target = params && closest.withParams ? closest.withParams(params) : closest;
    if (!target.navigate) return false;
    target.navigate(path);
    return true;
  }

  /** A node parameter of the current route (`getNodeParams()`), or null when absent or the host offers none. */
  nodeParam(name: string): string | null {
    const value = this.client()?.getNodeParams?.()?.[name];
    return typeof value === 'string' && value !== '' ? value : null;
  }

  /**
   * Whether `path`, relative to the closest navigation context (the control-plane entity node), is a node of the
   * portal navigation. `linkManager().pathExists` wants an absolute route: it is the current route minus the part
   * below that context (`fromClosestContext().getCurrentRoute()`), plus `path`.
   * @returns false without a link manager; true when the host cannot tell (no `pathExists`, no routes, a failing
   *   check), so the link stays usable and Luigi itself reports a missing page
   */
  async contextPathExists(path: string): Promise<boolean> {
    const links = this.client()?.linkManager?.();
    if (!links) return false;
    if (!links.pathExists) return true;
    const full = await links.getCurrentRoute?.();
    const below = await links.fromClosestContext?.().getCurrentRoute?.();
    if (typeof full !== 'string' || typeof below !== 'string' || !full.endsWith(below)) return true;
    const base = full.slice(0, full.length - below.length).replace(/\/+$/, '');
    const target = path ? `${base}/${path}` : base || '/';
    // A host whose check fails cannot tell either: keep the link, Luigi reports a missing page itself.
    return Promise.resolve(links.pathExists(target)).then(
      (exists) => exists === true,
      () => true,
    );
  }

  /** Current route, for re-navigating to the same page; null when unknown. */
  async currentRoute(): Promise<string | null> {
    return (await this.client()?.linkManager?.().getCurrentRoute?.()) ?? null;
  }

  /**
   * Reloads the portal's navigation without a full page reload (docs/platform.md §5.6): `Luigi.configChanged('navigation')` where
   * the host page offers it, else a navigation to the current route.
   * @returns false when neither is possible
   */
  async reloadNavigation(): Promise<boolean> {
    const luigi = luigiGlobal();
    if (luigi?.configChanged) {
      luigi.configChanged('navigation');
      return true;
    }
    const route = await this.currentRoute();
    const links = this.client()?.linkManager?.();
    if (route === null || !links?.navigate) return false;
    links.navigate(route);
    return true;
  }
}
