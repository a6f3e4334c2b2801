import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Entry of the portal page script (browser code: Luigi configuration from the content document). */
const PAGE_ENTRY = resolve(__dirname, '../browser/portal-page.ts');

/** Entry of the generic resource view (browser code: UI5 table of one kind, Luigi client in an iframe). */
const GENERIC_VIEW_ENTRY = resolve(__dirname, '../generic-resource-view/generic-resource-view.ts');

/**
 * Bundles the portal page script into one ES module (in memory, with an inline source map).
 * Throws esbuild's error (file, line, message) when the browser code does not compile.
 */
export function bundlePortalPage(): Promise<string> {
  return bundleEntry(PAGE_ENTRY);
}

/** Bundles the generic resource view's script (UI5, graphql-sse, Luigi client) like {@link bundlePortalPage}. */
export function bundleGenericResourceView(): Promise<string> {
  return bundleEntry(GENERIC_VIEW_ENTRY);
}

async function bundleEntry(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
