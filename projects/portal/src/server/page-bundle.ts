import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Entry of the portal page script (browser code: Luigi configuration from the content document). */
const PAGE_ENTRY = resolve(__dirname, '../browser/portal-page.ts');

/**
 * Bundles the portal page script into one ES module (in memory, with an inline source map).
 * Throws esbuild's error (file, line, message) when the browser code does not compile.
 */
export async function bundlePortalPage(): Promise<string> {
  const result = await build({
    entryPoints: [PAGE_ENTRY],
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
