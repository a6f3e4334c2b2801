/**
 * Build-time check of the shipped catalog: `npm run build` runs it first (npm `prebuild`), and `npm run bench`
 * before its build. The bundle compiles `assets/catalog.json` in and uses a fetched catalog equal to it without the
 * runtime validator, so the build must not ship an invalid one.
 *
 *   npx tsx projects/onboarding/scripts/check-catalog.ts [path]   (default assets/catalog.json; exit 1 when invalid)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalog } from '../src/catalog/parse-catalog';

const path = resolve(process.argv[2] ?? resolve(__dirname, '../../../assets/catalog.json'));
try {
  const catalog = parseCatalog(JSON.parse(readFileSync(path, 'utf8')), path);
  console.log(`${path}: valid catalog with ${catalog.tools.length} tools`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
