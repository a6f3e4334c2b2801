// Per-function semver module: keeps the rest of the package (ranges, comparators) out of the bundle.
import compare from 'semver/functions/compare';
import { semverOf, sortVersions } from '../catalog/sort-versions';
import type { ToolDefinition, ToolVersion } from '../catalog/tool-definition';

/** How a catalog version relates to the installed one: semver precedence via the `semver` package. */
export type VersionRelation = 'newer' | 'older' | 'installed' | 'unknown';

/** A catalog version with its relation to the installed version, for the Change version form. */
export interface LabelledVersion {
  readonly version: string;
  readonly relation: VersionRelation;
}

/**
 * Relation of `candidate` to `installed` by semver precedence, tolerant of a `v` prefix (`v1.20.0` equals
 * `1.20.0`): `installed` when equal (or the same string), `newer`/`older` otherwise, `unknown` when either is not
 * semver even after coercion (then nothing can be said about up- or downgrade).
 */
export function versionRelation(candidate: string, installed: string): VersionRelation {
  if (candidate === installed) return 'installed';
  const a = semverOf(candidate);
  const b = semverOf(installed);
  if (!a || !b) return 'unknown';
  const order = compare(a, b);
  return order === 0 ? 'installed' : order > 0 ? 'newer' : 'older';
}

/** The catalog's versions newest first, each labelled against the installed version (null: nothing installed). */
export function labelledVersions(tool: ToolDefinition, installed: string | null): LabelledVersion[] {
  return sortVersions(tool.versions).map(({ version }) => ({
    version,
    relation: installed ? versionRelation(version, installed) : 'unknown',
  }));
}

/**
 * The newest catalog version newer than the installed one ("Update available: v1.20.1"), or null when the installed
 * version is the newest, unknown to semver, or nothing is installed.
 */
export function availableUpdate(tool: ToolDefinition, installed: string | null | undefined): ToolVersion | null {
  if (!installed) return null;
  const newest = sortVersions(tool.versions)[0];
  return newest && versionRelation(newest.version, installed) === 'newer' ? newest : null;
}
