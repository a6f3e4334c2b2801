import type { PortalContext } from './portal-context';

/**
 * Catalog URL: `context.catalogUrl` when set (resolved against `defaultUrl`, so a relative override works beside
 * `main.js`), else `defaultUrl` (`new URL('assets/catalog.json', import.meta.url)` in the bundle).
 */
export function resolveCatalogUrl(context: PortalContext | null | undefined, defaultUrl: string | URL): string {
  const override = catalogOverride(context);
  return new URL(override ?? defaultUrl, defaultUrl).toString();
}

/** `context.catalogUrl` trimmed, or null when it is not a non-blank string (then the bundled catalog is used). */
export function catalogOverride(context: PortalContext | null | undefined): string | null {
  const override = context?.catalogUrl;
  return typeof override === 'string' && override.trim() !== '' ? override.trim() : null;
}
