import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, print } from 'graphql';
import { documentSources, type DocumentName } from '../src/gateway/documents/document-sources';
import * as generated from '../src/gateway/documents/documents.generated';
import { documentsModule } from './documents-code';

const libraryDir = join(__dirname, '../src');
const sourceFile = 'projects/onboarding/src/gateway/documents/document-sources.ts';
const committed = readFileSync(join(libraryDir, 'gateway/documents/documents.generated.ts'), 'utf8');
const regenerated = documentsModule(documentSources, sourceFile);
const staleHint = 'stale: run `npm run generate:documents` after changing document-sources.ts';

/** Every non-test TypeScript file of the library, relative to src/. */
function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return runtimeFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [relative(libraryDir, path)] : [];
  });
}

describe('documents.generated', () => {
  it('matches the code generated from the current document-sources.ts', () => {
    // A plain boolean first, so a mismatch reports the fix instead of a 30 KB diff.
    expect(committed === regenerated ? 'current' : staleHint).toBe('current');
  });

  it('changes when a source changes, so the check above can catch a missed regeneration', () => {
    const changed = { ...documentSources, DeleteAPIBinding: documentSources.DeleteAPIBinding.replace('$name', '$binding') };
    expect(documentsModule(changed, sourceFile)).not.toBe(regenerated);
  });

  it.each(Object.keys(documentSources) as DocumentName[])('%s is the parsed source', (name) => {
    expect(print(generated[name])).toBe(print(parse(documentSources[name])));
  });

  it('refuses a source with a syntax error instead of writing a broken document', () => {
    expect(() => documentsModule({ Broken: 'query Broken { field(' }, sourceFile)).toThrow(/Syntax Error/);
  });

  it('no runtime module of the library loads the GraphQL parser (document-sources.ts is build input only)', () => {
    const files = runtimeFiles(libraryDir);
    expect(files).toContain('gateway/documents/tool-documents.ts');
    const offenders = files.filter((file) => {
      const code = readFileSync(join(libraryDir, file), 'utf8');
      return /import \{[^}]*\bparse\b[^}]*\} from 'graphql'/.test(code) || /from '\.\/document-sources'/.test(code);
    });
    expect(offenders).toEqual([]);
  });
});
