import { resolveGatewayUrl } from './gateway-url';

const orgUrl = 'http://localhost:3000/api/clusters/root:orgs:demo/graphql';

describe('resolveGatewayUrl', () => {
  it('returns the URL unchanged when it already names the account workspace', () => {
    const url = 'http://localhost:3000/api/clusters/root:orgs:demo:team-a/graphql';
    expect(resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: url }, accountPath: 'root:orgs:demo:team-a' })).toEqual({
      ok: true,
      value: url,
    });
  });

  it('replaces the workspace segment by accountPath when they differ (docs/platform.md §5.5)', () => {
    const result = resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: orgUrl }, accountPath: 'root:orgs:demo:team-b' });
    expect(result).toEqual({ ok: true, value: 'http://localhost:3000/api/clusters/root:orgs:demo:team-b/graphql' });
  });

  it('falls back to the older kcpPath', () => {
    const result = resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: orgUrl }, kcpPath: 'root:orgs:demo:team-a' });
    expect(result).toEqual({ ok: true, value: 'http://localhost:3000/api/clusters/root:orgs:demo:team-a/graphql' });
  });

  it('keeps the URL when no account path is known, dropping a trailing slash', () => {
    expect(resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: `${orgUrl}/` } })).toEqual({ ok: true, value: orgUrl });
  });

  it('trims the URL and drops every trailing slash', () => {
    expect(resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: `  ${orgUrl}//  ` } })).toEqual({ ok: true, value: orgUrl });
  });

  it('compares the workspace segment decoded, and keeps the URL as given when it names the account', () => {
    const encoded = 'http://localhost:3000/api/clusters/root%3Aorgs%3Ademo%3Ateam-a/graphql';
    expect(resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: encoded }, accountPath: 'root:orgs:demo:team-a' })).toEqual({
      ok: true,
      value: encoded,
    });
  });

  it('trims the account path and skips a blank or non-string one for kcpPath', () => {
    const teamA = 'http://localhost:3000/api/clusters/root:orgs:demo:team-a/graphql';
    expect(resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: orgUrl }, accountPath: ' root:orgs:demo:team-a ' })).toEqual({
      ok: true,
      value: teamA,
    });
    for (const accountPath of ['  ', 42]) {
      const context = { portalContext: { crdGatewayApiUrl: orgUrl }, accountPath, kcpPath: 'root:orgs:demo:team-a' };
      expect(resolveGatewayUrl(context as never)).toEqual({ ok: true, value: teamA });
    }
  });

  it('names the context field in the problem detail', () => {
    const missing = resolveGatewayUrl({});
    expect(!missing.ok && missing.problem.detail).toBe('context.portalContext.crdGatewayApiUrl is not set');
    const invalid = resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: 'http://localhost:3000/api/' } });
    expect(!invalid.ok && invalid.problem.detail).toBe(
      'context.portalContext.crdGatewayApiUrl "http://localhost:3000/api" does not end in /<workspace>/graphql',
    );
  });

  it.each([[undefined], [null], [{}], [{ portalContext: {} }], [{ portalContext: { crdGatewayApiUrl: '  ' } }]])(
    'reports missing-gateway-url for %j',
    (context) => {
      const result = resolveGatewayUrl(context as never);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem.key).toBe('missing-gateway-url');
    },
  );

  it('reports invalid-gateway-url when the URL does not end in /<workspace>/graphql', () => {
    const result = resolveGatewayUrl({ portalContext: { crdGatewayApiUrl: 'http://localhost:3000/api' } });
    expect(!result.ok && result.problem.key).toBe('invalid-gateway-url');
  });
});
