/**
 * Writes `src/session/state-requests.generated.ts`, the first GraphQL request of every page for the shipped catalog
 * (state-requests-code.ts). Run after changing `assets/catalog.json` or a document of the state queries:
 * `npm run generate:state-requests`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ToolCatalog } from '../src/catalog/tool-definition';
import { stateRequestsModule } from './state-requests-code';

const repoRoot = join(__dirname, '../../..');
const catalogFile = 'assets/catalog.json';
const target = join(repoRoot, 'src/session/state-requests.generated.ts');
// The shipped catalog is checked at build time (check-catalog.ts) and used by the app as parsed (shipped-catalog.ts).
const catalog = JSON.parse(readFileSync(join(repoRoot, catalogFile), 'utf8')) as ToolCatalog;
const code = stateRequestsModule(catalog, catalogFile);
writeFileSync(target, code);
console.log(`state requests: ${code.length} bytes written to ${relative(process.cwd(), target)}`);
