/**
 * The parts of Luigi the elements use, typed from docs/platform.md §5.3 (the `LuigiClient` property of a web
 * component) and docs/platform.md §5.4 (the `window.Luigi` global). Every member is optional: the portal's Luigi version decides
 * what exists, so callers check before use.
 */

export type AlertType = 'info' | 'success' | 'warning' | 'error';

export interface LuigiAlertSettings {
  readonly text: string;
  readonly type: AlertType;
  readonly closeAfter?: number;
  /** Luigi refuses an alert whose id is already shown. */
  readonly id?: string;
}

export interface LuigiConfirmationSettings {
  readonly type?: 'confirmation' | 'success' | 'warning' | 'error' | 'information';
  readonly header?: string;
  readonly body?: string;
  readonly buttonConfirm?: string | false;
  readonly buttonDismiss?: string;
}

export interface LuigiLinkManager {
  navigate?(path: string): unknown;
  fromClosestContext?(): LuigiLinkManager;
  fromContext?(navigationContext: string): LuigiLinkManager;
  fromParent?(): LuigiLinkManager;
  /** Node parameters of the next `navigate` (URL `?~key=value`); the target reads them with `getNodeParams()`. */
  withParams?(params: Readonly<Record<string, string>>): LuigiLinkManager;
  /** Luigi web components: the current route; relative to the context after `fromClosestContext()` (string or Promise). */
  getCurrentRoute?(): Promise<string> | string;
  /** Whether an absolute route is a node of the navigation (Luigi core answers a Promise). */
  pathExists?(path: string): Promise<boolean> | boolean;
}

export interface LuigiUxManager {
  showAlert?(settings: LuigiAlertSettings): Promise<unknown> | unknown;
  /** Resolves when the user confirms, rejects when they dismiss (Luigi's contract). */
  showConfirmationModal?(settings: LuigiConfirmationSettings): Promise<unknown>;
  getCurrentTheme?(): string | undefined;
}

/** The `LuigiClient` property Luigi core assigns to a web component (docs/platform.md §5.2). */
export interface LuigiClientLike {
  linkManager?(): LuigiLinkManager;
  uxManager?(): LuigiUxManager;
  getCurrentLocale?(): string | undefined;
  /** The node parameters of the current route (`?~key=value`; docs/platform.md §5.3, §5.4: read them here). */
  getNodeParams?(): Readonly<Record<string, string>> | null | undefined;
}

/** `window.Luigi` (Luigi core in the host page). */
export interface LuigiGlobal {
  getGlobalContext?(): { readonly token?: string } | undefined;
  configChanged?(scope?: string): void;
}

/** Reads `window.Luigi` without `any`; undefined outside a Luigi page. */
export function luigiGlobal(): LuigiGlobal | undefined {
  return (globalThis as { Luigi?: LuigiGlobal }).Luigi;
}
