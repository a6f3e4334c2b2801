/** One reason a catalog was rejected; `path` is a JSON pointer into the catalog document (e.g. `/tools/1/resource/kind`). */
export interface CatalogProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Raised by `parseCatalog`/`loadCatalog` when the catalog cannot be fetched, is not JSON, or breaks the catalog
 * schema or its cross-field rules. The message lists every problem with its path, so a deployer can fix the file.
 */
export class CatalogError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly CatalogProblem[],
  ) {
    super(`Tool catalog ${source} is not usable: ${problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ')}`);
    this.name = 'CatalogError';
  }
}
