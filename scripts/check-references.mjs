#!/usr/bin/env node
/**
 * Fails (exit 1) when a citation cannot be followed inside the repository:
 * - a § reference names no document (outside `docs/`), names a file that does not exist, or a section that file's
 *   headings do not define (`### 4.5 …`, `## Appendix A …`); inside `docs/` a bare § means the same file;
 * - a `§` has no section number;
 * - text cites the former platform contract, `../shared`, `common.md` or an issue number.
 * Scans projects/, src/, e2e/, bench/, scripts/, deploy/, assets/, docs/ and the root README by default, or the
 * folders given as arguments. Prints `file:line: problem` per finding and a summary line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LONE_SECTION_SIGN, RUN, citationFiles, documentSections, resolveDocument, root, sectionIds } from './references-lib.mjs';

const FORBIDDEN = [
  [/platform-contract/i, 'cites the former platform contract; cite docs/platform.md'],
  [/\.\.\/shared|\/work\/shared/, 'points outside the repository (../shared)'],
  [/\bcommon\.md\b/, 'cites common.md; cite docs/local-platform.md'],
  [/\bissues? ?#?\d+\b/i, 'cites an issue number; cite the document that holds the fact'],
];

const folders = process.argv.slice(2);
const files = citationFiles(
  folders.length > 0 ? folders : ['projects', 'src', 'e2e', 'bench', 'scripts', 'deploy', 'assets', 'docs', 'README.md'],
);
const sectionsOf = new Map();
const problems = [];
let references = 0;

function sections(document) {
  if (!sectionsOf.has(document)) sectionsOf.set(document, documentSections(join(root, document)));
  return sectionsOf.get(document);
}

for (const file of files) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    for (const [pattern, message] of FORBIDDEN) if (pattern.test(line)) problems.push(`${where}: ${message}`);
    if (LONE_SECTION_SIGN.test(line)) problems.push(`${where}: § without a section number`);
    LONE_SECTION_SIGN.lastIndex = 0;
    for (const [, cited, run] of line.matchAll(RUN)) {
      references++;
      const document = cited ? resolveDocument(cited, file) : file.startsWith('docs/') ? file : undefined;
      if (!document) {
        problems.push(
          `${where}: "${run}" ${cited ? `cites ${cited}, which does not exist` : 'names no document (write e.g. docs/platform.md §4.5)'}`,
        );
        continue;
      }
      for (const id of sectionIds(run)) {
        if (!sections(document).has(id)) problems.push(`${where}: ${document} has no section §${id}`);
      }
    }
  });
}

for (const problem of problems) console.log(problem);
console.log(`references: ${references} checked in ${files.length} files, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
