import { buildCatalog, buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { buildResource } from '../../testing/resource-builders';
import { draftFromResource } from './default-draft';
import { findTool } from './find-tool';
import { loadCatalog, type FetchFn } from './load-catalog';
import { sortVersions } from './sort-versions';

describe('findTool', () => {
  it('returns the entry with the id, or undefined for an id the catalog lacks', () => {
    const catalog = buildCatalog();
    expect(findTool(catalog, 'flux')?.exportName).toBe('flux.services.opencp.cloud');
    expect(findTool(catalog, 'argo')).toBeUndefined();
  });
});

describe('draftFromResource at the edges', () => {
  it('reads absent extension lists as empty choices', () => {
    expect(draftFromResource(buildProvidersTool(), buildResource({ spec: { version: 'v1.20.1' } }))).toEqual({
      version: 'v1.20.1',
      providers: [],
    });
    expect(draftFromResource(buildComponentsTool(), buildResource({ spec: { version: 'v2.4.0' } }))).toEqual({
      version: 'v2.4.0',
      components: [],
    });
  });

  it('drops extension fields of a tool without extension', () => {
    const resource = buildResource({ spec: { version: 'v0.8.5', providers: [{ name: 'p', version: '1' }], components: ['c'] } });
    expect(draftFromResource(buildTool(), resource)).toEqual({ version: 'v0.8.5' });
  });

  it('falls back to the default draft when the resource has no version yet', () => {
    expect(draftFromResource(buildTool(), buildResource({ spec: { version: '' } }))).toEqual({ version: 'v0.9.3' });
  });
});

describe('sortVersions at the edges', () => {
  it('strips an upper-case V before comparing, so pre-releases sort below their release', () => {
    expect(sortVersions(['V2.0.0-rc.1', 'V2.0.0'])).toEqual(['V2.0.0', 'V2.0.0-rc.1']);
  });

  it('keeps equal versions and unparsable ones in their original order', () => {
    expect(sortVersions(['v1.0.0', '1.0.0', 'beta', 'alpha'])).toEqual(['v1.0.0', '1.0.0', 'beta', 'alpha']);
    expect(sortVersions(['alpha', 'v0.1.0', 'beta'])).toEqual(['v0.1.0', 'alpha', 'beta']);
  });
});

describe('loadCatalog failures', () => {
  it('names a non-Error rejection and a status without status text', async () => {
    const rejecting: FetchFn = () => Promise.reject('offline');
    await expect(loadCatalog('https://x/c.json', rejecting)).rejects.toThrow('could not be fetched (offline); check the URL and retry');
    const bare: FetchFn = async () => ({ ok: false, status: 500, text: async () => '' });
    await expect(loadCatalog('https://x/c.json', bare)).rejects.toThrow(/: HTTP 500$/);
  });
});
