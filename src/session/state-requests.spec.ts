import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { TextEncoder } from 'node:util';
import { OverviewModel } from '@opencp/onboarding';
import { OnboardingMachine } from '@opencp/onboarding/machine';
import { GATEWAY_FETCH, GatewayClients } from '../gateway/gateway-clients';
import { FakeGatewayFetch } from '../testing/fake-gateway-fetch';
import { TEST_GATEWAY } from '../testing/element-fakes';
import { SHIPPED_CATALOG } from './shipped-catalog';
import type { ElementKind } from '../element-tags';
import { shippedStateRequests } from './state-prefetch';
import { GATEWAY_QUERY_HEADERS, isShippedCatalog, stateRequestBody, stateRequestFor } from './state-requests';

/**
 * The guarantee behind the early state request: what `main.ts` sends from the generated table is, byte for byte,
 * what the application's Apollo client sends for the same page (body and headers), so the handover matches.
 */

/** Lets the Apollo link chain (SetContextLink is async) reach the fetch. */
const tick = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const shippedText = readFileSync(join(__dirname, '../../assets/catalog.json'), 'utf8');

describe('state requests of the shipped catalog', () => {
  let http: FakeGatewayFetch;
  let clients: GatewayClients;

  beforeEach(() => {
    http = new FakeGatewayFetch();
    TestBed.configureTestingModule({ providers: [Apollo, { provide: GATEWAY_FETCH, useValue: http.fetch }] });
    clients = TestBed.inject(GatewayClients);
  });

  /** The first request the flow object sends through Apollo, with the body as sent. */
  async function firstRequest(start: () => { dispose(): void }) {
    const flow = start();
    await tick();
    const request = http.expectOne(TEST_GATEWAY);
    flow.dispose();
    return request;
  }

  const expectApolloHeaders = (headers: Headers) => {
    for (const [name, value] of Object.entries(GATEWAY_QUERY_HEADERS)) expect(headers.get(name)).toBe(value);
    expect(headers.get('authorization')).toBe('Bearer token-1');
  };

  it.each(SHIPPED_CATALOG.tools.map((tool) => [tool.id, tool] as const))(
    '%s: the tool page sends the generated ToolState body with the headers main.ts sends',
    async (id, tool) => {
      const client = clients.forUrl(TEST_GATEWAY, () => 'token-1');
      const request = await firstRequest(() => {
        const machine = new OnboardingMachine(tool, client, { checkAccess: false });
        machine.start();
        return machine;
      });
      expect(request.method).toBe('POST');
      expectApolloHeaders(request.headers);
      expect(request.body).toEqual(JSON.parse(stateRequestBody(id)!));
      expect(JSON.stringify(request.body)).toBe(stateRequestBody(id)); // same key order, same bytes
    },
  );

  it('the overview sends the generated OverviewState body with the headers main.ts sends', async () => {
    const client = clients.forUrl(TEST_GATEWAY, () => 'token-1');
    const request = await firstRequest(() => {
      const model = new OverviewModel(SHIPPED_CATALOG.tools, client, { checkAccess: false });
      model.start();
      return model;
    });
    expectApolloHeaders(request.headers);
    expect(JSON.stringify(request.body)).toBe(stateRequestBody(null));
  });

  it('has no request for a tool the shipped catalog lacks', () => {
    expect(stateRequestBody('argo')).toBeNull();
    expect(stateRequestBody('toString')).toBeNull();
  });
});

describe('stateRequestFor', () => {
  const OVERVIEW: ElementKind = { kind: 'overview' };
  const KRO_PAGE: ElementKind = { kind: 'tool-page', toolId: 'kro' };
  const GENERIC_PAGE: ElementKind = { kind: 'tool-page', toolId: null };
  const context = (extra: Record<string, unknown> = {}) => ({
    portalContext: { crdGatewayApiUrl: TEST_GATEWAY },
    token: 'context-token',
    ...extra,
  });

  afterEach(() => delete (globalThis as { Luigi?: unknown }).Luigi);

  it('is the tool page state query as Apollo sends it, with the context token', () => {
    expect(stateRequestFor(KRO_PAGE, context())).toEqual({
      url: TEST_GATEWAY,
      init: {
        method: 'POST',
        headers: { ...GATEWAY_QUERY_HEADERS, Authorization: 'Bearer context-token' },
        body: stateRequestBody('kro'),
      },
    });
  });

  it('prefers the Luigi global context token and scopes the URL to the account, as the application does', () => {
    (globalThis as { Luigi?: unknown }).Luigi = { getGlobalContext: () => ({ token: 'global-token' }) };
    const request = stateRequestFor(OVERVIEW, context({ accountPath: 'root:orgs:demo:team-b' }));
    expect(request?.url).toBe(TEST_GATEWAY.replace('team-a', 'team-b'));
    expect(request?.init.headers['Authorization']).toBe('Bearer global-token');
    expect(request?.init.body).toBe(stateRequestBody(null));
  });

  it('reads the tool of the generic tag from context.toolId', () => {
    expect(stateRequestFor(GENERIC_PAGE, context({ toolId: 'flux' }))?.init.body).toBe(stateRequestBody('flux'));
  });

  it.each<[string, ElementKind, unknown]>([
    ['no context', KRO_PAGE, null],
    ['a context that is no object', KRO_PAGE, 'context'],
    ['no gateway URL', KRO_PAGE, { token: 't' }],
    [
      'a gateway URL not ending in /<workspace>/graphql',
      KRO_PAGE,
      context({ portalContext: { crdGatewayApiUrl: 'https://gateway.example/api' } }),
    ],
    ['no token', KRO_PAGE, context({ token: ' ' })],
    ['a catalog override', KRO_PAGE, context({ catalogUrl: 'https://other.example/catalog.json' })],
    ['a generic tag without toolId', GENERIC_PAGE, context()],
    ['a tool the shipped catalog lacks', GENERIC_PAGE, context({ toolId: 'argo' })],
  ])('is null for %s', (_case, kind, value) => {
    expect(stateRequestFor(kind, value)).toBeNull();
  });

  it('ignores a blank catalogUrl, as the application does', () => {
    expect(stateRequestFor(KRO_PAGE, context({ catalogUrl: ' ' }))).not.toBeNull();
  });
});

describe('isShippedCatalog', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');

  beforeAll(() => {
    // jsdom offers neither SubtleCrypto nor TextEncoder; the browser and Node do.
    Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    Object.assign(globalThis, { TextEncoder });
  });

  afterAll(() => {
    if (original) Object.defineProperty(globalThis, 'crypto', original);
    else delete (globalThis as { crypto?: unknown }).crypto;
  });

  it('recognises the shipped catalog, whatever its formatting', async () => {
    await expect(isShippedCatalog(shippedText)).resolves.toBe(true);
    await expect(isShippedCatalog(JSON.stringify(JSON.parse(shippedText), null, 4))).resolves.toBe(true);
  });

  it('refuses any other catalog, and text that is no JSON', async () => {
    const other = JSON.parse(shippedText);
    other.tools[0].exportName = 'other.services.opencp.cloud';
    await expect(isShippedCatalog(JSON.stringify(other))).resolves.toBe(false);
    await expect(isShippedCatalog('<html>')).resolves.toBe(false);
  });

  it('refuses everything where the page has no crypto.subtle (not a secure context)', async () => {
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      await expect(isShippedCatalog(shippedText)).resolves.toBe(false);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    }
  });

  it('shippedStateRequests offers the table for the shipped catalog only', async () => {
    await expect(shippedStateRequests(Promise.resolve(shippedText))).resolves.toMatchObject({ stateRequestFor });
    await expect(shippedStateRequests(Promise.resolve('{"schemaVersion":1,"tools":[]}'))).resolves.toBeNull();
    await expect(shippedStateRequests(Promise.resolve(null))).resolves.toBeNull();
  });
});
