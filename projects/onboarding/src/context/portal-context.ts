/**
 * The part of the Luigi node `context` the onboarding elements read (docs/platform.md §5.5).
 * Every field is optional: the portal may omit any of them, and the resolvers report what is missing.
 */
export interface PortalContext {
  /** OIDC id_token; may be stale after a refresh, see `resolveToken` (docs/platform.md §5.4). */
  readonly token?: string;
  readonly portalContext?: { readonly crdGatewayApiUrl?: string } | null;
  /** Account workspace path `root:orgs:<org>:<account>`. */
  readonly accountPath?: string;
  /** Older name of `accountPath`. */
  readonly kcpPath?: string;
  /** Overrides the catalog URL (absolute, or relative to the bundle's default catalog URL). */
  readonly catalogUrl?: string;
  /** Tool id for the generic `openmcp-tool-onboarding` element. */
  readonly toolId?: string;
  readonly [key: string]: unknown;
}

/** The global context of the Luigi host (`window.Luigi.getGlobalContext()`), holding the fresher token. */
export interface GlobalContext {
  readonly token?: unknown;
}
