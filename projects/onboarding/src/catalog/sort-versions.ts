// Per-function semver modules keep the rest of the package (ranges, comparators) out of the bundle.
import coerce from 'semver/functions/coerce';
import compare from 'semver/functions/compare';
import parse from 'semver/functions/parse';
import type SemVer from 'semver/classes/semver';
import type { ToolDefinition, ToolVersion } from './tool-definition';

/**
 * Sorts versions newest first by semver precedence (the `semver` package), tolerant of a `v` prefix
 * (`v0.9.3` and `0.9.3` compare equal, the original strings are kept). Entries that are not semver even after
 * coercion go last in their original order. Accepts strings or objects with a `version` field; returns a new array.
 */
export function sortVersions<T extends string | { readonly version: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, semver: semverOf(typeof item === 'string' ? item : item.version) }));
  keyed.sort((a, b) => {
    if (a.semver && b.semver) {
      return compare(b.semver, a.semver) || a.index - b.index;
    }
    if (a.semver || b.semver) {
      return a.semver ? -1 : 1;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}

/** The newest version of a tool (catalog validation guarantees at least one). */
export function newestVersion(tool: ToolDefinition): ToolVersion {
  return sortVersions(tool.versions)[0];
}

/**
 * A catalog or installed version read as semver, null when not even coercion finds one. Strict parsing first, after
 * dropping surrounding space and a `v`/`V` prefix, so pre-releases keep their precedence (`V1.2.0-rc.1` < `1.2.0`);
 * `coerce` then reads short forms (`v0.8` → 0.8.0).
 */
export function semverOf(version: string): SemVer | null {
  return parse(version.trim().replace(/^[vV]/, '')) ?? coerce(version);
}
