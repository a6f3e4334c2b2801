import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import type { ToolCatalog } from '../src/catalog/tool-definition';
import { overviewStateRequest, toolStateRequest } from '../src/flow/state-requests';
import * as generated from '../../../src/session/state-requests.generated';
import { catalogDigest, stateRequestsModule } from './state-requests-code';

const repoRoot = join(__dirname, '../../..');
const shipped = JSON.parse(readFileSync(join(repoRoot, 'assets/catalog.json'), 'utf8')) as ToolCatalog;
const committed = readFileSync(join(repoRoot, 'src/session/state-requests.generated.ts'), 'utf8');
const staleHint = 'stale: run `npm run generate:state-requests` after changing assets/catalog.json or a state query document';

/** The query text a generated entry stands for. */
const queryOf = (request: generated.GeneratedStateRequest) => request.definitions.map((index) => generated.DEFINITIONS[index]).join('\n\n');

describe('state-requests.generated', () => {
  it('matches the module generated from the shipped catalog and the current documents', () => {
    // A plain boolean first, so a mismatch reports the fix instead of a long diff.
    expect(committed === stateRequestsModule(shipped, 'assets/catalog.json') ? 'current' : staleHint).toBe('current');
  });

  it.each(shipped.tools.map((tool) => [tool.id, tool] as const))('%s: ToolState is the printed document with its variables', (id, tool) => {
    const request = toolStateRequest(tool);
    expect(generated.TOOL_STATES[id]).toMatchObject({ operationName: 'ToolState', variables: request.variables });
    expect(queryOf(generated.TOOL_STATES[id])).toBe(print(request.document));
  });

  it('OverviewState is the printed document of every catalog tool, with no variables', () => {
    expect(generated.OVERVIEW_STATE).toMatchObject({ operationName: 'OverviewState', variables: {} });
    expect(queryOf(generated.OVERVIEW_STATE)).toBe(print(overviewStateRequest(shipped.tools).document));
    expect(Object.keys(generated.TOOL_STATES)).toEqual(shipped.tools.map((tool) => tool.id));
  });

  it('stores each shared fragment once', () => {
    expect(new Set(generated.DEFINITIONS).size).toBe(generated.DEFINITIONS.length);
    expect(generated.DEFINITIONS.filter((text) => text.startsWith('fragment BindingFields '))).toHaveLength(1);
  });

  it('changes with the catalog, so the checks above catch a missed regeneration', () => {
    const renamed: ToolCatalog = { ...shipped, tools: shipped.tools.map((tool) => ({ ...tool, exportName: `x.${tool.exportName}` })) };
    expect(stateRequestsModule(renamed, 'assets/catalog.json')).not.toBe(committed);
    expect(catalogDigest(renamed)).not.toBe(generated.CATALOG_SHA256);
    expect(catalogDigest(shipped)).toBe(generated.CATALOG_SHA256);
  });
});
