#!/usr/bin/env node
/**
 * Fails (exit 1) when a citation cannot be followed inside the repository:
 * - a § reference names no document (outside `docs/`), names a file that does not exist, or a section that file's
 *   headings do not define (`### 4.5 …`, `## Appendix A …`); inside `docs/` a bare § means the same file;
 * - a `§` has no section number;
 * - text cites a Markdown document that is not in the repository, a relative path that leaves the repository, or an
 *   issue number (the document that holds the fact is what to cite).
 * Scans projects/, src/, e2e/, bench/, scripts/, deploy/, assets/, docs/ and the root README by default, or the
 * folders given as arguments. Prints `file:line: problem` per finding and a summary line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LONE_SECTION_SIGN, RUN, citationFiles, documentSections, resolveDocument, root, sectionIds } from './references-lib.mjs';

const FORBIDDEN = [[/\bissues? ?#?\d+\b/i, 'cites an issue number; cite the document that holds the fact']];
/** `docs/x.md`, `../y.md`, `README.md`: a Markdown file named in text. */
const MARKDOWN = /(?<![\w/.-])((?:\.{1,2}\/)*[\w/.-]*\w\.md)\b/g;
/** `../a/b`: a relative path climbing out of the file's folder. */
const CLIMB = /(?<![\w/.-])((?:\.\.\/)+\w[\w.-]*)/g;

/** Whether git ignores `path` (build and test output such as `dist/`, which a fresh clone does not have yet). */
function ignored(path) {
  // `dist/` rules match folders only: a path that does not exist is tried as a folder too.
  return [path, `${path}/`].some((candidate) => spawnSync('git', ['check-ignore', '-q', candidate], { cwd: root }).status === 0);
}

/** Problems of paths in `line` of `file`: Markdown files found neither beside it nor from the root, paths above the root. */
function pathProblems(line, file) {
  const found = [];
  const folder = join(root, dirname(file));
  for (const [, path] of line.matchAll(CLIMB)) {
    const target = resolve(folder, path);
    if (relative(root, target).startsWith('..')) found.push(`"${path}" points outside the repository`);
    else if (!['', '.ts', '.js', '.mjs', '.json'].some((extension) => existsSync(target + extension)) && !ignored(target)) {
      found.push(`"${path}" names nothing in the repository`);
    }
  }
  for (const [, path] of line.matchAll(MARKDOWN)) {
    if (path.includes('node_modules') || existsSync(resolve(folder, path)) || existsSync(join(root, path))) continue;
    // A path relative to the folder the text is about (`crds/NOTICE.md` in the emulator's README and sources).
    if (!path.startsWith('.') && repositoryFiles.some((tracked) => tracked.endsWith(`/${path}`))) continue;
    if (!relative(root, resolve(folder, path)).startsWith('..')) found.push(`cites ${path}, which is not in the repository`);
  }
  return found;
}

const folders = process.argv.slice(2);
const repositoryFiles = citationFiles(['.']);
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
    for (const problem of pathProblems(line, file)) problems.push(`${where}: ${problem}`);
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
