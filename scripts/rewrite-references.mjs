#!/usr/bin/env node
/**
 * Rewrites citations of documents outside the repository (the former platform contract, common.md, issue numbers)
 * into references to the project's own documents, by the ordered rules of `scripts/reference-map.json`, then prefixes
 * every run of § references that names no document with the map's `bareSectionsDefault` (`docs/platform.md`).
 * Idempotent: a second run changes nothing. `docs/` is left alone (its bare § references point into the same file).
 *
 * Usage: node scripts/rewrite-references.mjs [--dry-run] [folder …]   (default folders: the whole tree except docs/)
 * Prints one line per changed file with its number of replacements, then a total.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN, citationFiles, readReferenceMap, root } from './references-lib.mjs';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const folders = args.filter((arg) => arg !== '--dry-run');
const map = readReferenceMap();
const files = citationFiles(folders.length > 0 ? folders : ['.']).filter((file) => !file.startsWith('docs/'));

/** Applies the map's rules, then names the default document before bare § runs; returns the text and a count. */
export function rewrite(text) {
  let count = 0;
  let result = text;
  for (const rule of map.rules) {
    result = result.replace(rule.pattern, (...match) => {
      count++;
      return rule.to.replace(/\$(\d)/g, (_, group) => match[Number(group)] ?? '');
    });
  }
  result = result.replace(RUN, (whole, document, run) => {
    if (document) return whole;
    count++;
    return `${map.bareSectionsDefault} ${run}`;
  });
  return { text: result, count };
}

let total = 0;
for (const file of files) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const { text, count } = rewrite(before);
  if (text === before) continue;
  total += count;
  console.log(`${file}: ${count}`);
  if (!dryRun) writeFileSync(path, text);
}
console.log(`${total} citation(s) ${dryRun ? 'would be ' : ''}rewritten in ${files.length} file(s) scanned`);
