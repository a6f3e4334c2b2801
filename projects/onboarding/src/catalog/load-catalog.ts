import { CatalogError } from './catalog-error';
import type { ToolCatalog } from './tool-definition';

/** The subset of `fetch` the loader uses; inject a fake in tests. */
export type FetchFn = (
  input: string,
  init?: { readonly headers?: Record<string, string> },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly statusText?: string;
  text(): Promise<string>;
}>;

/** Options of {@link loadCatalog}. */
export interface LoadCatalogOptions {
  /**
   * A catalog already validated at build time (the shipped `assets/catalog.json`): a fetched document deeply equal to
   * it is used as is, without loading the validator. Anything else (a `context.catalogUrl` override, a catalog
   * mounted over `assets/catalog.json` at deploy time) is validated.
   */
  readonly prevalidated?: ToolCatalog;
}

/**
 * Fetches and validates the catalog at `url` (the bundled `assets/catalog.json` or the `context.catalogUrl`
 * override, see `resolveCatalogUrl`). The validator (`parse-catalog.ts` with the generated schema validator) is
 * imported on demand, so it is a separate chunk that only documents other than `options.prevalidated` load.
 * Throws {@link CatalogError} when the request fails (network or non-2xx status), the body is not JSON, or the
 * document breaks the catalog schema; the message names the URL and each bad path.
 */
export async function loadCatalog(
  url: string | URL,
  fetchFn: FetchFn = (input, init) => fetch(input, init),
  options: LoadCatalogOptions = {},
): Promise<ToolCatalog> {
  const source = url.toString();
  let body: string;
  try {
    const response = await fetchFn(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new CatalogError(source, [{ path: '', message: `HTTP ${response.status} ${response.statusText ?? ''}`.trim() }]);
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof CatalogError) {
      throw error;
    }
    throw new CatalogError(source, [{ path: '', message: `could not be fetched (${describe(error)}); check the URL and retry` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new CatalogError(source, [{ path: '', message: `is not JSON (${describe(error)})` }]);
  }
  if (options.prevalidated && JSON.stringify(json) === JSON.stringify(options.prevalidated)) return options.prevalidated;
  return (await importValidator(source)).parseCatalog(json, source);
}

function importValidator(source: string): Promise<typeof import('./parse-catalog')> {
  return import('./parse-catalog').catch((error: unknown) => {
    throw new CatalogError(source, [
      { path: '', message: `could not be checked: the validator failed to load (${describe(error)}); retry` },
    ]);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
