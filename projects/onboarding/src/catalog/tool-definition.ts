/**
 * Tool registry entry as read from `assets/catalog.json` (schemaVersion 1).
 * Every tool fact the UI shows or sends comes from here; components hold none.
 */

/** A text in each supported locale; `en` is the fallback. */
export interface LocalizedText {
  readonly en: string;
  readonly de?: string;
}

/** The enablement kind of a tool, served by the `opencp.cloud` export (docs/platform.md §2.1). */
export interface ToolResource {
  /** API group, e.g. `kro.services.opencp.cloud`. */
  readonly group: string;
  /** API version, e.g. `v1alpha1`. */
  readonly version: string;
  /** Kind, e.g. `KRO`. */
  readonly kind: string;
  /** CRD plural, e.g. `kros` (appears in API-server error texts). */
  readonly plural: string;
  /** Gateway list field (flect plural of the kind, not the CRD plural), e.g. `KROs` (docs/platform.md §4.2). */
  readonly listField: string;
}

/** One installable version; `chartVersion` is sent only where the kind has that field (docs/platform.md §2.2). */
export interface ToolVersion {
  readonly version: string;
  readonly chartVersion?: string;
}

/** Crossplane: providers the user may add, each with the versions offered. */
export interface ProvidersExtension {
  readonly type: 'providers';
  readonly providers: readonly { readonly name: string; readonly versions: readonly string[]; readonly default: string }[];
  /** Providers preselected in a new configuration. */
  readonly defaults: readonly { readonly name: string; readonly version: string }[];
}

/** Flux: controllers the user may pick; an empty list means the operator's defaults (docs/platform.md §2.2). */
export interface ComponentsExtension {
  readonly type: 'components';
  readonly components: readonly string[];
  readonly defaults: readonly string[];
}

export type ToolExtension = ProvidersExtension | ComponentsExtension;

/** A tool of the catalog. */
export interface ToolDefinition {
  /** Stable id, e.g. `kro`. */
  readonly id: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** SAP icon name (ui5 icons), e.g. `org-chart`. */
  readonly icon: string;
  /** Custom element tag of the tool page, e.g. `openmcp-kro-onboarding`. */
  readonly tagName?: string;
  /** Path segment of the tool's portal node (used by the overview to link to it). */
  readonly pathSegment: string;
  /**
   * Where the portal shows the tool's APIs once it is Ready: a path relative to the control-plane entity node (the
   * closest Luigi navigation context), e.g. `kro-resourcegraphdefinitions`. The generic resource views come from
   * ContentConfigurations labelled `content-for: <exportName>` (docs/platform.md §1.3), whose path segments the
   * catalog author knows; absent = the control-plane entity node itself.
   */
  readonly resourcesPath?: string;
  /** Service APIExport to bind, e.g. `kro.services.opencp.cloud`; the APIBinding has the same name (docs/platform.md §1.1). */
  readonly exportName: string;
  readonly resource: ToolResource;
  /** Versions offered; order in the file does not matter (the UI sorts by semver). */
  readonly versions: readonly ToolVersion[];
  readonly extension?: ToolExtension;
}

/** The whole catalog. */
export interface ToolCatalog {
  readonly schemaVersion: 1;
  readonly tools: readonly ToolDefinition[];
}
