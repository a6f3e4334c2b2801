/**
 * The only place tag names live (no Angular here: `main.ts` defines the elements before the application chunk is
 * loaded). A tool page tag maps to the catalog id it shows; the generic tag reads the id from `context.toolId`, so a
 * fifth tool needs only a catalog entry and a node (README "Adding a tool").
 */
export const TOOL_PAGE_TAGS: Readonly<Record<string, string | null>> = {
  'openmcp-crossplane-onboarding': 'crossplane',
  'openmcp-kro-onboarding': 'kro',
  'openmcp-flux-onboarding': 'flux',
  'openmcp-ocm-onboarding': 'ocm',
  'openmcp-tool-onboarding': null,
};

export const OVERVIEW_TAG = 'openmcp-tools-overview';

/** Inputs every element accepts (docs/platform.md §5.2); `extendedContext`/`nodeParams` are read from `context`. */
export const ELEMENT_INPUTS = ['context', 'LuigiClient'] as const;

/** What a tag renders: the overview, or a tool page with its fixed tool id (null: from `context.toolId`). */
export type ElementKind = { readonly kind: 'overview' } | { readonly kind: 'tool-page'; readonly toolId: string | null };

/** The page kinds; each has a chunk of its own (`main.ts`). */
export type PageKind = ElementKind['kind'];

/** Every tag of the bundle with what it renders. */
export function elementKinds(): [string, ElementKind][] {
  return [
    ...Object.entries(TOOL_PAGE_TAGS).map(([tag, toolId]): [string, ElementKind] => [tag, { kind: 'tool-page', toolId }]),
    [OVERVIEW_TAG, { kind: 'overview' }],
  ];
}
