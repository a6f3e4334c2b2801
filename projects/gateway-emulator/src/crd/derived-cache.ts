import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Folder for files derived from the bundled CRDs (parsed definitions, compiled validators):
 * `node_modules/.cache/opencp-gateway-emulator`, the place build tools keep their caches. Parsing the CRD YAML and
 * compiling their schemas takes about a second per process; every Jest spec file and every emulator start would
 * pay it again.
 */
export const DERIVED_CACHE_DIR = join(dirname(dirname(require.resolve('ajv/package.json'))), '.cache', 'opencp-gateway-emulator');

/** sha256 (hex) of the given parts: the key of a cache entry, so a changed input is a new entry (never stale). */
export function cacheKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Returns the path of `<key><extension>` in the cache folder, writing `compute()`'s text there first when it is
 * missing. Writes go to a temporary file renamed into place, so parallel Jest workers never read half a file.
 * When the folder cannot be written (read-only checkout), returns `null` with the text, and the caller uses the
 * text directly: the cache only saves time, it never changes a result.
 */
export function cachedFile(
  key: string,
  extension: string,
  compute: () => string,
  dir: string = DERIVED_CACHE_DIR,
): { path: string | null; text: string } {
  const path = join(dir, key + extension);
  const existing = readIfPresent(path);
  if (existing !== null) return { path, text: existing };
  const text = compute();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return { path, text };
  } catch (error) {
    if (!isFileSystemRefusal(error)) throw error;
    return { path: null, text };
  }
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

const REFUSALS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR']);
const isFileSystemRefusal = (error: unknown): boolean => REFUSALS.has((error as NodeJS.ErrnoException).code ?? '');
