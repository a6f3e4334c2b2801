import type { EnvironmentInjector, StaticProvider, Type } from '@angular/core';
import { createDeferredElement } from './deferred-element';
import { FIXED_TOOL_ID } from './tool-page/fixed-tool-id';
import { ToolPage } from './tool-page/tool-page';
import { ToolsOverview } from './overview/tools-overview';

/** Inputs every element accepts (platform-contract §5.2); `extendedContext`/`nodeParams` are read from `context`. */
const ELEMENT_INPUTS = ['context', 'LuigiClient'] as const;

/**
 * The only place tag names live. A tool page tag maps to the catalog id it shows; the generic tag reads the id from
 * `context.toolId`, so a fifth tool needs only a catalog entry and a node (README "Adding a tool").
 */
export const TOOL_PAGE_TAGS: Readonly<Record<string, string | null>> = {
  'openmcp-crossplane-onboarding': 'crossplane',
  'openmcp-kro-onboarding': 'kro',
  'openmcp-flux-onboarding': 'flux',
  'openmcp-ocm-onboarding': 'ocm',
  'openmcp-tool-onboarding': null,
};

export const OVERVIEW_TAG = 'openmcp-tools-overview';

/**
 * Defines every element synchronously, each guarded by `customElements.get` (a module may be evaluated twice when
 * served under two URLs). Tool page elements get their fixed tool id through the `FIXED_TOOL_ID` token.
 *
 * @param app resolves with the application's environment injector once `createApplication` finished
 */
export function defineElements(app: Promise<EnvironmentInjector>): void {
  for (const [tag, toolId] of Object.entries(TOOL_PAGE_TAGS)) {
    define(tag, ToolPage, app, toolId ? [{ provide: FIXED_TOOL_ID, useValue: toolId }] : []);
  }
  define(OVERVIEW_TAG, ToolsOverview, app);
}

function define(tag: string, component: Type<unknown>, app: Promise<EnvironmentInjector>, providers: StaticProvider[] = []): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, createDeferredElement(component, ELEMENT_INPUTS, app, providers));
}
