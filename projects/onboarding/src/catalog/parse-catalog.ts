// Per-function semver modules: the package index would pull in ranges, comparators and more (~5 kB gzipped).
import coerce from 'semver/functions/coerce';
import { CatalogError, type CatalogProblem } from './catalog-error';
// Ahead-of-time ajv code for catalog.schema.json: no ajv compiler and no `new Function` in the bundle (strict CSP).
import validateSchema from './catalog-validator.generated.js';
import type { ToolCatalog, ToolDefinition } from './tool-definition';

/**
 * Validates a catalog document (already JSON-parsed) against `catalog.schema.json` and the rules a schema cannot
 * express: unique tool ids, export names and tag names; unique versions; extension defaults among the offered
 * choices; versions readable as semver (with or without `v`). Returns it typed; throws {@link CatalogError}
 * naming each bad path. `source` names the document in the message (URL or file).
 */
export function parseCatalog(json: unknown, source = 'catalog'): ToolCatalog {
  if (!validateSchema(json)) {
    const problems = (validateSchema.errors ?? []).map<CatalogProblem>((error) => ({
      path: error.instancePath,
      message: describeSchemaError(error.message ?? 'is invalid', error.params),
    }));
    throw new CatalogError(source, dedupe(problems));
  }
  const catalog = json as unknown as ToolCatalog;
  const problems = catalog.tools.flatMap((tool, index) => toolProblems(tool, `/tools/${index}`));
  problems.push(
    ...duplicates(
      catalog.tools.map((tool) => tool.id),
      '/tools',
      'id',
    ),
  );
  problems.push(
    ...duplicates(
      catalog.tools.map((tool) => tool.exportName),
      '/tools',
      'exportName',
    ),
  );
  problems.push(
    ...duplicates(
      catalog.tools.map((tool) => tool.tagName),
      '/tools',
      'tagName',
    ),
  );
  if (problems.length > 0) {
    throw new CatalogError(source, problems);
  }
  return catalog;
}

function toolProblems(tool: ToolDefinition, path: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  tool.versions.forEach((entry, index) => {
    if (!isSemverLike(entry.version)) {
      problems.push({ path: `${path}/versions/${index}/version`, message: `"${entry.version}" is not a semantic version` });
    }
  });
  problems.push(
    ...duplicates(
      tool.versions.map((entry) => entry.version),
      `${path}/versions`,
      'version',
    ),
  );
  const extension = tool.extension;
  if (extension?.type === 'providers') {
    problems.push(
      ...duplicates(
        extension.providers.map((provider) => provider.name),
        `${path}/extension/providers`,
        'name',
      ),
    );
    extension.providers.forEach((provider, index) => {
      if (!provider.versions.includes(provider.default)) {
        problems.push({
          path: `${path}/extension/providers/${index}/default`,
          message: `"${provider.default}" is not among the provider's versions`,
        });
      }
    });
    extension.defaults.forEach((choice, index) => {
      const provider = extension.providers.find((candidate) => candidate.name === choice.name);
      if (!provider) {
        problems.push({ path: `${path}/extension/defaults/${index}/name`, message: `"${choice.name}" is not an offered provider` });
      } else if (!provider.versions.includes(choice.version)) {
        problems.push({
          path: `${path}/extension/defaults/${index}/version`,
          message: `"${choice.version}" is not offered for ${choice.name}`,
        });
      }
    });
  }
  if (extension?.type === 'components') {
    extension.defaults.forEach((component, index) => {
      if (!extension.components.includes(component)) {
        problems.push({ path: `${path}/extension/defaults/${index}`, message: `"${component}" is not an offered component` });
      }
    });
  }
  return problems;
}

/** `coerce` reads every valid semver (with or without `v`) and short forms like `v0.8` or `1`. */
function isSemverLike(version: string): boolean {
  return coerce(version) !== null;
}

function duplicates(values: readonly (string | undefined)[], path: string, field: string): CatalogProblem[] {
  const seen = new Map<string, number>();
  const problems: CatalogProblem[] = [];
  values.forEach((value, index) => {
    if (value === undefined) {
      return;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      problems.push({ path: `${path}/${index}/${field}`, message: `duplicate "${value}" (first at ${path}/${first}/${field})` });
    } else {
      seen.set(value, index);
    }
  });
  return problems;
}

function describeSchemaError(message: string, params: Record<string, unknown>): string {
  if (typeof params['additionalProperty'] === 'string') {
    return `unknown property "${params['additionalProperty']}"`;
  }
  if (typeof params['missingProperty'] === 'string') {
    return `missing required property "${params['missingProperty']}"`;
  }
  return message;
}

/** `oneOf` failures repeat the same path; keep one line per path and message. */
function dedupe(problems: CatalogProblem[]): CatalogProblem[] {
  const keys = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}|${problem.message}`;
    return keys.has(key) ? false : (keys.add(key), true);
  });
}
