import type { PortalContext } from './portal-context';

/**
 * Catalog URL: `context.catalogUrl` when set (resolved against `defaultUrl`, so a relative override works beside
 * `main.js`), else `defaultUrl` (`new URL('assets/catalog.json', import.meta.url)` in the bundle).
 */
export function resolveCatalogUrl(context: PortalContext | null | undefined, defaultUrl: string | URL): string {
  const override = context?.catalogUrl;
  if (typeof override === 'string' && override.trim() !== '') {
    return new URL(override.trim(), defaultUrl).toString();
  }
  return new URL(defaultUrl).toString();
}
