/**
 * Used by `check-references.mjs`: which files carry citations, how a run of section
 * references (`docs/platform.md §2.1, §4.2-§4.5`) is recognised, and which section numbers a document defines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

const TEXT_FILE = /\.(ts|mts|cts|js|mjs|cjs|json|ya?ml|md|html|css|scss|sh|conf|template)$/;
/** Files that must keep their exact bytes, and the reference tooling (its patterns name what it rejects). */
const SKIPPED = [
  /^package-lock\.json$/,
  /(^|\/)LICENSE/,
  /\.generated\./,
  /^scripts\/(references-lib\.mjs|check-references\.mjs)$/,
  /^reports\//,
];

/**
 * Tracked and untracked, not ignored text files under `folders` (repository-relative paths), minus lock file,
 * licence texts, generated files and the reference tooling itself.
 */
export function citationFiles(folders) {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...folders], {
    cwd: root,
    encoding: 'utf8',
  });
  return [...new Set(out.split('\n'))].filter(
    (file) => file && TEXT_FILE.test(file) && !SKIPPED.some((skip) => skip.test(file)) && existsSync(join(root, file)),
  );
}

const SECTION = String.raw`(?:\d+(?:\.\d+)*|Appendix [A-Z])`;
/**
 * One run of section references, optionally preceded by the document it cites (a `….md` path, possibly in
 * backticks): group 1 = document, group 2 = the run from its first `§`.
 */
export const RUN = new RegExp(String.raw`(?:([\w./-]+\.md)\`?\s+)?(§\s?${SECTION}(?:\s*(?:,|/|-|–|and)\s*§\s?${SECTION})*)`, 'g');
/** A `§` with no section number after it. */
export const LONE_SECTION_SIGN = new RegExp(String.raw`§(?!\s?${SECTION})`, 'g');

/** The section ids of one run: `§2.1, §4.2-§4.5` → ['2.1', '4.2', '4.5']. Trailing sentence dots are dropped. */
export function sectionIds(run) {
  return [...run.matchAll(new RegExp(String.raw`§\s?(${SECTION})`, 'g'))].map((match) => match[1].replace(/\.$/, ''));
}

/** Section ids a markdown document defines by its headings: `### 4.5 …` → '4.5', `## Appendix A: …` → 'Appendix A'. */
export function documentSections(file) {
  const ids = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const numbered = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (numbered) ids.add(numbered[1]);
    const appendix = /^#{1,6}\s+(Appendix [A-Z])\b/.exec(line);
    if (appendix) ids.add(appendix[1]);
  }
  return ids;
}

/** Resolves a cited document against the repository root, then against the citing file's folder. */
export function resolveDocument(cited, citingFile) {
  for (const candidate of [join(root, cited), join(root, dirname(citingFile), cited)]) {
    if (existsSync(candidate)) return relative(root, candidate);
  }
  return undefined;
}
