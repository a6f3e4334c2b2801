/**
 * The production build served through a real nginx (Debian package) with the shipped configuration
 * (deploy/nginx/), as the container image serves it: headers, the runtime catalog override, and the local portal
 * loading the bundle cross-origin from nginx in Chromium. Serves the production build in dist/elements, which the
 * suite's webServer builds (playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBundle } from '../bench/bundle-size';
import { ContentDocument, withBundleUrl } from '../projects/portal/src/content/content-document';
import { expect, test } from './fixtures';
import { chartDefaults, imageDefaults } from './deploy-defaults';
import { checkNginxConfiguration, LocalNginx, startLocalNginx } from './local-nginx';

const DIST = resolve(__dirname, '../dist/elements');
const PATH_PREFIX = '/ui/openmcp/wc';
/** Allowed origins: the local portal on any loopback port (a deployment names its portal's origins). */
const CORS_PATTERN = '^http://127\\.0\\.0\\.1:[0-9]+$';
const FOREIGN_ORIGIN = 'https://elsewhere.example.com';
const OVERRIDDEN_LABEL = 'Crossplane (mounted catalog)';

/** The built catalog with Crossplane's English label changed: what an operator would mount at deploy time. */
function overriddenCatalog(): { tools: { id: string; label: Record<string, string> }[] } {
  const catalog = JSON.parse(readFileSync(join(DIST, 'assets/catalog.json'), 'utf8'));
  const crossplane = catalog.tools.find((tool: { id: string }) => tool.id === 'crossplane');
  crossplane.label = { ...crossplane.label, en: OVERRIDDEN_LABEL };
  return catalog;
}

test.describe('production bundle served by nginx', () => {
  let nginx: LocalNginx;
  let catalog: ReturnType<typeof overriddenCatalog>;

  test.beforeAll(async () => {
    if (!existsSync(join(DIST, 'main.js'))) throw new Error(`${DIST}/main.js is missing: run "npm run build" first`);
    catalog = overriddenCatalog();
    nginx = await startLocalNginx({ root: DIST, pathPrefix: PATH_PREFIX, corsAllowOriginPattern: CORS_PATTERN, catalogOverride: catalog });
  });

  test.afterAll(async () => {
    await nginx?.stop();
  });

  test('serves main.js as gzip-compressed JavaScript that browsers revalidate, with CORS for the portal origin', async () => {
    const origin = 'http://127.0.0.1:4200';
    const response = await fetch(`${nginx.baseUrl}main.js`, { headers: { Origin: origin, 'Accept-Encoding': 'gzip' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript\b/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(readFileSync(join(DIST, 'main.js'), 'utf8'));

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const revalidation = await fetch(`${nginx.baseUrl}main.js`, { headers: { 'If-None-Match': etag!, 'Accept-Encoding': 'gzip' } });
    expect(revalidation.status).toBe(304);
  });

  test('caches content-hashed lazy chunks for a year', async () => {
    const chunks = readdirSync(DIST).filter((name) => /^chunk-[A-Za-z0-9_-]+\.js$/.test(name));
    test.skip(chunks.length === 0, 'this build has no lazy chunks');
    for (const chunk of chunks) {
      const response = await fetch(`${nginx.baseUrl}${chunk}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status, chunk).toBe(200);
      expect(response.headers.get('content-type'), chunk).toMatch(/^(text|application)\/javascript\b/);
      expect(response.headers.get('cache-control'), chunk).toBe('public, max-age=31536000, immutable');
    }
    const missing = await fetch(`${nginx.baseUrl}chunk-DOESNOTEXIST.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  test('serves the mounted catalog instead of the built one, as uncached JSON', async () => {
    const response = await fetch(`${nginx.baseUrl}assets/catalog.json`, { headers: { 'Accept-Encoding': 'gzip' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual(catalog);
  });

  test('allows no other origin and serves nothing outside the path prefix', async () => {
    const foreign = await fetch(`${nginx.baseUrl}main.js`, { headers: { Origin: FOREIGN_ORIGIN } });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    expect((await fetch(`${nginx.origin}/main.js`)).status).toBe(404);
    expect((await fetch(`${nginx.baseUrl}does-not-exist.js`)).status).toBe(404);
  });

  test('the defaults of the image (Dockerfile ENV) and of the Helm chart (values.yaml) give a valid nginx configuration', () => {
    for (const [source, variables] of [
      ['deploy/Dockerfile', imageDefaults()],
      ['deploy/helm values.yaml', chartDefaults()],
    ] as const) {
      const verdict = checkNginxConfiguration(variables);
      expect(verdict.output, source).toContain('test is successful');
      expect(verdict.ok, source).toBe(true);
    }
    // The check itself rejects what nginx rejects, e.g. a CORS pattern that is not a valid PCRE.
    expect(checkNginxConfiguration({ ...imageDefaults(), UI_CORS_ALLOW_ORIGIN_PATTERN: '^https://(unclosed$' }).ok).toBe(false);
  });

  /**
   * Points the local portal at the bundle on nginx, as a deployment's ContentConfiguration does: the nodes' `url` and
   * the portal's allowed web-component origin name nginx's `main.js`, on another origin than the portal, so the module
   * loads in CORS mode. Returns what the page then receives from nginx.
   */
  async function loadBundleFromNginx(page: Page): Promise<{ path: string; status: number; type: string }[]> {
    const bundleUrl = `${nginx.baseUrl}main.js`;
    await page.route('**/local/settings.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), bundleUrl } });
    });
    await page.route('**/assets/content-configuration.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: withBundleUrl((await response.json()) as ContentDocument, bundleUrl) });
    });
    const fromNginx: { path: string; status: number; type: string }[] = [];
    page.on('response', (response) => {
      if (!response.url().startsWith(nginx.origin)) return;
      fromNginx.push({ path: new URL(response.url()).pathname, status: response.status(), type: response.headers()['content-type'] ?? '' });
    });
    return fromNginx;
  }

  function expectJavaScriptAnswers(fromNginx: { path: string; status: number; type: string }[]): void {
    for (const script of fromNginx.filter((entry) => entry.path.endsWith('.js'))) {
      expect(script.status, script.path).toBe(200);
      expect(script.type, script.path).toMatch(/^(text|application)\/javascript\b/);
    }
  }

  test('the local portal loads the bundle from nginx and renders the overview with the mounted catalog', async ({
    page,
    portal,
    overview,
  }) => {
    const fromNginx = await loadBundleFromNginx(page);

    await portal.open('openmcp/overview');

    await expect(overview.card('crossplane')).toContainText(OVERRIDDEN_LABEL);
    await expect(overview.card('crossplane')).toHaveAttribute('data-step', 'not-activated');
    const paths = fromNginx.map((entry) => entry.path);
    expect(paths).toContain(`${PATH_PREFIX}/main.js`);
    expect(paths).toContain(`${PATH_PREFIX}/assets/catalog.json`);
    expectJavaScriptAnswers(fromNginx);
    expect(await page.evaluate(`new URL(document.querySelector('script[src$="/main.js"]')?.src ?? location.href).origin`)).toBe(
      nginx.origin,
    );
  });

  test('a tool page opening its configure form loads the lazy chunks from nginx, beside main.js', async ({
    page,
    portal,
    gateway,
    toolPage,
  }) => {
    const lazyChunks = measureBundle(DIST)
      .files.filter((file) => file.pages.length === 0)
      .map((file) => `${PATH_PREFIX}/${file.name}`);
    expect(lazyChunks.length, 'the production build has lazy chunks').toBeGreaterThan(0);
    const fromNginx = await loadBundleFromNginx(page);
    await gateway.createBinding('kro');

    await portal.open('openmcp/kro');

    await expect(toolPage('kro').configureForm).toBeVisible();
    const lazyLoaded = fromNginx.filter((entry) => lazyChunks.includes(entry.path));
    expect(lazyLoaded.length, 'lazy chunks fetched from nginx').toBeGreaterThan(0);
    expectJavaScriptAnswers(fromNginx);
  });
});
