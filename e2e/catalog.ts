import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compare } from 'semver';

/** The tool facts the specs need, read from the shipped catalog (assets/catalog.json), never repeated here. */
export interface CatalogTool {
  id: string;
  tagName: string;
  pathSegment: string;
  exportName: string;
  resource: { kind: string };
  versions: { version: string }[];
  extension?: {
    type: 'providers' | 'components';
    providers?: { name: string; versions: string[]; default: string }[];
    components?: string[];
  };
}

const catalog = JSON.parse(readFileSync(resolve(__dirname, '../assets/catalog.json'), 'utf8')) as { tools: CatalogTool[] };

export const TOOLS: readonly CatalogTool[] = catalog.tools;

export function tool(id: string): CatalogTool {
  const found = TOOLS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`assets/catalog.json has no tool "${id}"`);
  return found;
}

/** Catalog versions of a tool, oldest first (semver order). */
export function versionsOldestFirst(entry: CatalogTool): string[] {
  return entry.versions.map((candidate) => candidate.version).sort(compare);
}
