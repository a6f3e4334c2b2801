/**
 * Writes `src/gateway/documents/documents.generated.ts`, the pre-parsed GraphQL documents of `document-sources.ts`.
 * Run after every change of a document source: `npm run generate:documents`.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentSources } from '../src/gateway/documents/document-sources';
import { documentsModule } from './documents-code';

const documentsDir = join(__dirname, '../src/gateway/documents');
const repoRoot = join(documentsDir, '../../../../..');
const code = documentsModule(documentSources, relative(repoRoot, join(documentsDir, 'document-sources.ts')));
writeFileSync(join(documentsDir, 'documents.generated.ts'), code);
console.log(`documents: ${code.length} bytes written to ${relative(process.cwd(), documentsDir)}/documents.generated.ts`);
