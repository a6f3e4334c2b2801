import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningPortal, startPortal } from './portal-server';
import type { PortalSettings } from '../settings/portal-settings';

interface Recorded {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in upstream (gateway or emulator admin API) on an ephemeral loopback port that records requests. */
async function recordingServer(answer: (req: IncomingMessage, res: import('node:http').ServerResponse) => void) {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
      answer(req, res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** GET with an explicit Host header (fetch does not let a caller set it), resolving status and body. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get(url, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    }).on('error', fail);
  });
}

const json = { 'content-type': 'application/json' };

const elementsDir = mkdtempSync(join(tmpdir(), 'portal-elements-'));
writeFileSync(join(elementsDir, 'main.js'), 'customElements.define("x-test", class extends HTMLElement {});');

describe('local portal in gateway mode', () => {
  let gateway: Awaited<ReturnType<typeof recordingServer>>;
  let portal: RunningPortal;

  beforeAll(async () => {
    gateway = await recordingServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: next\ndata: {"data":{}}\n\n');
      res.end('event: complete\n\n');
    });
    const backend = {
      mode: 'gateway' as const,
      url: `${gateway.url}/gw/api/clusters/root:orgs:acme:team-a/graphql`,
      token: 'tok',
      proxy: true,
    };
    portal = await startPortal({ port: 0, host: '127.0.0.1', backend, elementsDir });
  });
  afterAll(async () => {
    await portal.close();
    await gateway.close();
  });

  it('hands the page a same-origin gateway URL for the account of GATEWAY_URL and the GATEWAY_TOKEN user', async () => {
    const settings = (await (await fetch(`${portal.url}/local/settings.json`)).json()) as PortalSettings;
    expect(settings.mode).toBe('gateway');
    expect(settings.accounts).toEqual([
      { id: 'team-a', path: 'root:orgs:acme:team-a', gatewayUrl: `${portal.url}/gateway/api/clusters/root:orgs:acme:team-a/graphql` },
    ]);
    expect(settings.users.map((user) => user.token)).toEqual(['tok']);
    expect(settings.bundleUrl).toBe(`${portal.url}/main.js`);
  });

  it('proxies gateway calls with Authorization and body, streams the answer, and leaves Origin behind', async () => {
    const answer = await fetch(`${portal.url}/gateway/api/clusters/root:orgs:acme:team-a/graphql`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer tok',
        'content-type': 'application/json',
        accept: 'text/event-stream',
        origin: 'http://evil.invalid',
      },
      body: '{"query":"{ a }"}',
    });
    expect(answer.headers.get('content-type')).toBe('text/event-stream');
    expect(await answer.text()).toBe('event: next\ndata: {"data":{}}\n\nevent: complete\n\n');
    const [request] = gateway.requests.slice(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/gw/api/clusters/root:orgs:acme:team-a/graphql', body: '{"query":"{ a }"}' });
    expect(request.headers.authorization).toBe('Bearer tok');
    expect(request.headers.origin).toBeUndefined();
  });

  it('serves the content document with CORS and every url pointing at its own main.js', async () => {
    const answer = await fetch(`${portal.url}/assets/content-configuration.json`);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const text = await answer.text();
    expect(text).toContain(`"url": "${portal.url}/main.js"`);
    expect(text).not.toContain('localhost:4200');
  });

  it('serves the bundle with CORS and a hint when a file is missing', async () => {
    const bundle = await fetch(`${portal.url}/main.js`);
    expect(bundle.headers.get('access-control-allow-origin')).toBe('*');
    expect(await bundle.text()).toContain('x-test');
    const missing = await fetch(`${portal.url}/chunk-missing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('is the bundle built?');
  });

  it('serves the Luigi page, Luigi core from node_modules and the compiled page script', async () => {
    expect(await (await fetch(`${portal.url}/`)).text()).toContain('<script src="/luigi/luigi.js"></script>');
    expect((await fetch(`${portal.url}/luigi/luigi.js`)).status).toBe(200);
    const script = await fetch(`${portal.url}/portal/portal-page.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('/assets/content-configuration.json');
  });

  it.each(['/gateway//127.0.0.1:1/x', '/gateway/admin/reset', '/gateway/api/clusters/root:orgs:acme:team-b/graphql'])(
    'forwards nothing but the GATEWAY_URL path (%s answers 404)',
    async (path) => {
      const before = gateway.requests.length;
      const answer = await fetch(`${portal.url}${path}`, { method: 'POST', headers: json, body: '{}' });
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain('only /gateway/api/clusters/root:orgs:acme:team-a/graphql is forwarded');
      expect(gateway.requests).toHaveLength(before);
    },
  );

  it("serves the generic resource view that the tools' ContentConfigurations open, with its compiled script", async () => {
    const page = await fetch(`${portal.url}/generic-resource-view/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<script type="module" src="/generic-resource-view/view.js">');
    const script = await fetch(`${portal.url}/generic-resource-view/view.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const text = await script.text();
    expect(text).toContain('GenericResourceList');
    expect(text).toContain('customElements');
  });

  it('refuses requests addressed to a foreign host name (DNS rebinding) and names the URL to use', async () => {
    const foreign = await getWithHost(`${portal.url}/local/settings.json`, 'rebind.example:4200');
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('tok');
    expect(foreign.body).toContain(`http://localhost:${portal.port}/`);
    expect((await getWithHost(`${portal.url}/local/settings.json`, `127.0.0.1:${portal.port}`)).status).toBe(200);
  });

  it('rejects a second portal on the same port with a message naming the port and the option', async () => {
    const backend = { mode: 'gateway' as const, url: `${gateway.url}/api/clusters/ws/graphql`, token: 'tok', proxy: true };
    await expect(startPortal({ port: portal.port, host: '127.0.0.1', backend, elementsDir })).rejects.toThrow(
      `port ${portal.port} on 127.0.0.1 is already in use (another npm start?); stop that process or choose another port with --port <n>`,
    );
  });

  it('refuses to start when GATEWAY_URL is not an account-scoped gateway URL', async () => {
    const backend = { mode: 'gateway' as const, url: `${gateway.url}/graphql`, token: 'tok', proxy: true };
    await expect(startPortal({ port: 0, host: '127.0.0.1', backend, elementsDir })).rejects.toThrow('does not end in /<workspace>/graphql');
  });

  it('refuses the emulator reset in gateway mode', async () => {
    const answer = await fetch(`${portal.url}/local/emulator/reset`, { method: 'POST', headers: json, body: '{"timings":"fast"}' });
    expect(answer.status).toBe(404);
  });
});

describe('local portal in emulator mode', () => {
  let admin: Awaited<ReturnType<typeof recordingServer>>;
  let portal: RunningPortal;

  beforeAll(async () => {
    admin = await recordingServer((_req, res) => res.end('{"ok":true}'));
    const users = [{ id: 'admin', label: 'Admin', email: 'admin@example.com', token: 'local-admin-token' }];
    const backend = { mode: 'emulator' as const, url: admin.url, workspaces: ['root:orgs:demo:team-a'], users, timings: 'demo' as const };
    portal = await startPortal({ port: 0, host: '127.0.0.1', backend, elementsDir });
  });
  afterAll(async () => {
    await portal.close();
    await admin.close();
  });

  it('gives accounts emulator URLs on the page host name', async () => {
    const settings = (await (await fetch(`${portal.url}/local/settings.json`)).json()) as PortalSettings;
    const port = new URL(admin.url).port;
    expect(settings.accounts[0].gatewayUrl).toBe(`http://localhost:${port}/api/clusters/root:orgs:demo:team-a/graphql`);
    expect(settings.timings).toBe('demo');
  });

  it('switches timings through the emulator admin API and reports them afterwards', async () => {
    const answer = await fetch(`${portal.url}/local/emulator/reset`, { method: 'POST', headers: json, body: '{"timings":"fast"}' });
    expect(await answer.json()).toEqual({ timings: 'fast' });
    expect(admin.requests.at(-1)).toMatchObject({ method: 'POST', url: '/admin/reset', body: '{"timings":"fast"}' });
    const settings = (await (await fetch(`${portal.url}/local/settings.json`)).json()) as PortalSettings;
    expect(settings.timings).toBe('fast');
  });

  it('rejects unknown timings without calling the emulator', async () => {
    const before = admin.requests.length;
    const answer = await fetch(`${portal.url}/local/emulator/reset`, { method: 'POST', headers: json, body: '{"timings":"slow"}' });
    expect(answer.status).toBe(400);
    expect(admin.requests).toHaveLength(before);
  });

  it('answers 400 naming the expected body when the reset body is not JSON, without calling the emulator', async () => {
    const before = admin.requests.length;
    const answer = await fetch(`${portal.url}/local/emulator/reset`, { method: 'POST', headers: json, body: 'timings=fast' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('the reset body is not JSON');
    expect(admin.requests).toHaveLength(before);
  });

  it('takes the reset only as application/json, so a cross-site form post cannot reset the emulator', async () => {
    const before = admin.requests.length;
    const answer = await fetch(`${portal.url}/local/emulator/reset`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"timings":"fast"}',
    });
    expect(answer.status).toBe(415);
    expect(admin.requests).toHaveLength(before);
  });
});
