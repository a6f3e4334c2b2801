import { buildCatalog } from '../../testing/tool-builders';
import { CatalogError } from './catalog-error';
import { loadCatalog, type FetchFn } from './load-catalog';

function fetchAnswering(status: number, body: string): jest.MockedFunction<FetchFn> {
  return jest.fn<ReturnType<FetchFn>, Parameters<FetchFn>>(async () => ({
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 404 ? 'Not Found' : 'OK',
    text: async () => body,
  }));
}

describe('loadCatalog', () => {
  it('fetches the given URL and returns the validated catalog', async () => {
    const fetchFn = fetchAnswering(200, JSON.stringify(buildCatalog()));
    const catalog = await loadCatalog(new URL('https://portal.example/override/catalog.json'), fetchFn);
    expect(fetchFn).toHaveBeenCalledWith('https://portal.example/override/catalog.json', { headers: { Accept: 'application/json' } });
    expect(catalog.tools.map((tool) => tool.id)).toEqual(['crossplane', 'kro', 'flux']);
  });

  it('rejects with the URL and status on a non-2xx answer', async () => {
    await expect(loadCatalog('https://x/missing.json', fetchAnswering(404, 'nope'))).rejects.toThrow(
      'Tool catalog https://x/missing.json is not usable: /: HTTP 404 Not Found',
    );
  });

  it('rejects when the body is not JSON', async () => {
    await expect(loadCatalog('https://x/c.json', fetchAnswering(200, '<html>'))).rejects.toThrow(/is not JSON/);
  });

  it('rejects with a retry hint when the request fails', async () => {
    const fetchFn: FetchFn = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await loadCatalog('https://x/c.json', fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as Error).message).toContain('could not be fetched (Failed to fetch); check the URL and retry');
  });

  it('rejects a document that breaks the schema, naming the path', async () => {
    await expect(loadCatalog('https://x/c.json', fetchAnswering(200, '{"schemaVersion":1}'))).rejects.toThrow(
      '/: missing required property "tools"',
    );
  });

  it('uses a document equal to the prevalidated catalog as is, and validates any other', async () => {
    const shipped = buildCatalog();
    const same = await loadCatalog('https://x/assets/catalog.json', fetchAnswering(200, JSON.stringify(shipped)), {
      prevalidated: shipped,
    });
    expect(same).toBe(shipped);
    const replaced = { ...shipped, tools: shipped.tools.slice(0, 1) };
    const other = await loadCatalog('https://x/assets/catalog.json', fetchAnswering(200, JSON.stringify(replaced)), {
      prevalidated: shipped,
    });
    expect(other).not.toBe(shipped);
    expect(other.tools.map((tool) => tool.id)).toEqual(['crossplane']);
    await expect(loadCatalog('https://x/c.json', fetchAnswering(200, '{"schemaVersion":1}'), { prevalidated: shipped })).rejects.toThrow(
      '/: missing required property "tools"',
    );
  });
});
