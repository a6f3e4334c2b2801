import type { Ui5Theme } from './portal/luigi-host';

type ThemeHandler = (theme: Ui5Theme) => void;

let handler: ThemeHandler | null = null;

/**
 * Called by `ui5.ts` with UI5's `setTheme`; components call {@link applyTheme} and thereby never import UI5
 * (Jest cannot load UI5's ESM). Without a handler (unit tests) applying a theme does nothing.
 */
export function registerThemeHandler(apply: ThemeHandler): void {
  handler = apply;
}

/** Applies the portal's theme (SAP Horizon light or dark) to every UI5 component on the page. */
export function applyTheme(theme: Ui5Theme): void {
  handler?.(theme);
}
