/**
 * Writes `src/catalog/catalog-validator.generated.js` (+ `.d.ts`), the ajv standalone validator of
 * `src/catalog/catalog.schema.json`. Run after every schema change: `npm run generate:catalog-validator`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogValidatorFiles } from './catalog-validator-code.mjs';

const catalogDir = join(dirname(fileURLToPath(import.meta.url)), '../src/catalog');
const schemaPath = join(catalogDir, 'catalog.schema.json');
const repoRoot = join(catalogDir, '../../../..');

const { js, dts } = catalogValidatorFiles(JSON.parse(readFileSync(schemaPath, 'utf8')), relative(repoRoot, schemaPath));
writeFileSync(join(catalogDir, 'catalog-validator.generated.js'), js);
writeFileSync(join(catalogDir, 'catalog-validator.generated.d.ts'), dts);
console.log(`catalog validator: ${js.length} bytes written to ${relative(process.cwd(), catalogDir)}/catalog-validator.generated.js`);
