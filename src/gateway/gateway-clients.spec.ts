import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { parse } from 'graphql';
import { GatewayError } from '@opencp/onboarding';
import { FakeGatewayFetch } from '../testing/fake-gateway-fetch';
import { TEST_GATEWAY as URL_A } from '../testing/element-fakes';
import { GATEWAY_FETCH, GatewayClients } from './gateway-clients';

const ACTIVATE = {
  document: parse('mutation Activate($name: String!) { create(name: $name) { ok } }'),
  variables: { name: 'kro.services.opencp.cloud' },
};
const STATE = {
  document: parse('query ToolState($name: String!) { mcp(name: $name) { phase } }'),
  variables: { name: 'kro.services.opencp.cloud' },
};

/** Lets the Apollo link chain (SetContextLink is async) reach the fetch. */
const tick = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('GatewayClients (Apollo over fetch)', () => {
  let http: FakeGatewayFetch;
  let clients: GatewayClients;
  let token: string | null;

  beforeEach(() => {
    http = new FakeGatewayFetch();
    TestBed.configureTestingModule({ providers: [Apollo, { provide: GATEWAY_FETCH, useValue: http.fetch }] });
    clients = TestBed.inject(GatewayClients);
    token = 'first-token';
  });

  afterEach(() => http.verify());

  it('returns one client per gateway URL', () => {
    expect(clients.forUrl(URL_A, () => token)).toBe(clients.forUrl(URL_A, () => token));
    expect(clients.forUrl(URL_A, () => token)).not.toBe(clients.forUrl(URL_A.replace('team-a', 'team-b'), () => token));
  });

  it('posts the document with its variables and reads the token for every request', async () => {
    const client = clients.forUrl(URL_A, () => token);
    const first = client.query(STATE);
    await tick();
    const request = http.expectOne(URL_A);
    expect(request.method).toBe('POST');
    expect(request.headers.get('Authorization')).toBe('Bearer first-token');
    expect(request.body.variables).toEqual({ name: 'kro.services.opencp.cloud' });
    expect(request.body.query).not.toContain('kro.services.opencp.cloud');
    request.respond({ data: { mcp: { phase: 'Ready' } } });
    await expect(first).resolves.toEqual({ data: { mcp: { phase: 'Ready' } }, errors: [] });

    token = 'refreshed-token';
    const second = client.query(STATE);
    await tick();
    const next = http.expectOne(URL_A);
    expect(next.headers.get('Authorization')).toBe('Bearer refreshed-token');
    next.respond({ data: { mcp: null } });
    await second;
  });

  it('sends the document as written and returns the answer unchanged (the cache adds no __typename, stores nothing)', async () => {
    const client = clients.forUrl(URL_A, () => token);
    for (const phase of ['Provisioning', 'Ready']) {
      const result = client.query(STATE);
      await tick();
      const request = http.expectOne(URL_A);
      expect(request.body.query).toBe('query ToolState($name: String!) {\n  mcp(name: $name) {\n    phase\n  }\n}');
      request.respond({ data: { mcp: { phase } } });
      await expect(result).resolves.toEqual({ data: { mcp: { phase } }, errors: [] });
    }
  });

  it('keeps partial data next to classified GraphQL errors (errorPolicy all)', async () => {
    const result = clients.forUrl(URL_A, () => token).query(STATE);
    await tick();
    http.expectOne(URL_A).respond({
      data: { mcp: { phase: 'Ready' }, kro: null },
      errors: [{ message: 'kros.kro.services.opencp.cloud "default" not found', path: ['kro', 'v1alpha1', 'KRO'] }],
    });
    const { data, errors } = await result;
    expect(data).toEqual({ mcp: { phase: 'Ready' }, kro: null });
    expect(errors.map((error) => [error.kind, error.path])).toEqual([['not-found', ['kro', 'v1alpha1', 'KRO']]]);
  });

  it('retries once after a 401 with the token read again', async () => {
    const result = clients.forUrl(URL_A, () => token).mutate(ACTIVATE);
    await tick();
    const denied = http.expectOne(URL_A);
    expect(denied.headers.get('Authorization')).toBe('Bearer first-token');
    token = 'rotated-token';
    denied.respond('Unauthorized', 401);
    await tick();
    const again = http.expectOne(URL_A);
    expect(again.headers.get('Authorization')).toBe('Bearer rotated-token');
    again.respond({ data: { ok: true } });
    await expect(result).resolves.toEqual({ data: { ok: true }, errors: [] });
  });

  it('retries a 401 only once: a second 401 rejects as unauthorized', async () => {
    const result = clients.forUrl(URL_A, () => token).mutate(ACTIVATE);
    await tick();
    http.expectOne(URL_A).respond('Unauthorized', 401);
    await tick();
    http.expectOne(URL_A).respond('Unauthorized', 401);
    const error = await result.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect((error as GatewayError).kind).toBe('unauthorized');
    await tick();
    http.expectNone(URL_A);
  });

  it('rejects with a classified transport error (429) and does not retry it', async () => {
    const result = clients.forUrl(URL_A, () => token).query(STATE);
    await tick();
    http.expectOne(URL_A).respond('Too Many Requests', 429);
    const error = await result.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).kind).toBe('too-many-requests');
    expect((error as GatewayError).status).toBe(429);
  });

  it('rejects a 200 with a body that is no JSON as unknown, quoting the body, not the status text', async () => {
    const result = clients.forUrl(URL_A, () => token).query(STATE);
    await tick();
    http.expectOne(URL_A).respond('<html>proxy</html>', 200);
    const error = (await result.then(
      () => null,
      (failure: unknown) => failure,
    )) as GatewayError;
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('The gateway answered HTTP 200 without a GraphQL response: <html>proxy</html>');
  });

  it('sends no Authorization header when no token is known', async () => {
    token = null;
    const result = clients.forUrl(URL_A, () => token).query(STATE);
    await tick();
    const request = http.expectOne(URL_A);
    expect(request.headers.has('Authorization')).toBe(false);
    request.respond({ data: {} });
    await result;
  });
});
