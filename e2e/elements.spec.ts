/**
 * The custom elements in Chromium outside Luigi and on entry paths the flow specs do not walk: properties assigned
 * before the bundle defined the tag, later `context` updates, pages opened directly at a step that shows the
 * configure form (its lazily registered UI5 icons), and no SSE stream kept alive after its element is gone.
 */
import type { APIRequestContext, CDPSession, Locator, Page } from '@playwright/test';
import { SERVICE_TOOLS } from '../projects/gateway-emulator/src/operator/service-tools';
import type { PortalSettings } from '../projects/portal/src/settings/portal-settings';
import { tool, versionsOldestFirst } from './catalog';
import { PORTAL_URL } from './e2e-env';
import { expect, test } from './fixtures';
import { OperationLog } from './operation-log';

const crossplane = tool('crossplane');
const crossplaneClaims = SERVICE_TOOLS.find((candidate) => candidate.id === 'crossplane')!.exportClaims;
const [provider] = crossplane.extension!.providers!;

/** SVG path data of the icon a UI5 button renders ('' when it renders none, e.g. icon data not registered). */
function iconPathOf(button: Locator): Promise<string> {
  return button.evaluate(
    (element) => element.shadowRoot?.querySelector('ui5-icon')?.shadowRoot?.querySelector('path')?.getAttribute('d') ?? '',
  );
}

test.describe('the configure form renders with its icons on every entry path', () => {
  test('a page opened directly at configure', async ({ portal, toolPage, gateway, saveScreenshot }) => {
    await gateway.createBindingWithAcceptedClaims('crossplane', crossplaneClaims);
    const page = toolPage('crossplane');
    await portal.open(`openmcp/${crossplane.pathSegment}`);
    await expect(page.status).toHaveAttribute('data-step', 'configure');
    const remove = page.providerRows.first().getByTestId('remove-provider');
    await expect(remove).toBeVisible();
    await expect.poll(() => iconPathOf(remove), { message: 'the remove-provider button shows its icon' }).not.toBe('');
    expect(await iconPathOf(page.root.getByTestId('add-provider'))).not.toBe('');
    await saveScreenshot('crossplane-direct-configure');
    // The fixture's console watch fails the test on any console error (e.g. "No loader registered for …").
  });

  test('Upgrade on a page opened at Ready', async ({ portal, toolPage, gateway }) => {
    await gateway.createBindingWithAcceptedClaims('crossplane', crossplaneClaims);
    await gateway.createCrossplane(versionsOldestFirst(crossplane)[0], [{ name: provider.name, version: provider.default }]);
    const page = toolPage('crossplane');
    await portal.open(`openmcp/${crossplane.pathSegment}`);
    await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await page.startUpgrade();
    await expect(page.configureForm).toHaveAttribute('data-mode', 'upgrade');
    const remove = page.providerRows.first().getByTestId('remove-provider');
    await expect(remove).toBeVisible();
    await expect.poll(() => iconPathOf(remove), { message: 'the remove-provider button shows its icon' }).not.toBe('');
  });
});

/** Context for an element outside Luigi: the local portal's gateway URL and admin token (its settings). */
async function elementContext(request: APIRequestContext, toolId: string): Promise<Record<string, unknown>> {
  const settings = (await (await request.get(`${PORTAL_URL}/local/settings.json`)).json()) as PortalSettings;
  const [account] = settings.accounts;
  const admin = settings.users.find((user) => user.id === 'admin') ?? settings.users[0];
  return { token: admin.token, accountPath: account.path, portalContext: { crdGatewayApiUrl: account.gatewayUrl }, toolId };
}

/**
 * Opens an empty page on the local portal's origin, runs `before` in it, then evaluates the bundle
 * (`main.js`) as a module. The document comes from the portal server itself (then replaced): Chromium lets only a
 * page served from loopback call the loopback gateway (Local Network Access).
 */
async function openProbe(page: Page, before: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  await page.goto(`${PORTAL_URL}/local/settings.json`);
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await before(page);
  await page.addScriptTag({ url: `${PORTAL_URL}/main.js`, type: 'module' });
}

test.describe('custom elements in Chromium', () => {
  // The probe page is a JSON URL of the portal server: Chromium asks that server for a favicon it does not have.
  test.beforeEach(({ consoleWatch }) => consoleWatch.allow(/favicon\.ico/));

  test('take properties assigned before the tag was defined, then follow a later context', async ({ page, request }) => {
    const kro = await elementContext(request, 'kro');
    const flux = await elementContext(request, 'flux');
    // As Luigi does: create the element, assign its context, insert it; here before the bundle defined the tag.
    await openProbe(page, (probe) =>
      probe.evaluate((context) => {
        if (customElements.get('openmcp-tool-onboarding')) throw new Error('the tag must not be defined yet');
        const element = document.createElement('openmcp-tool-onboarding') as HTMLElement & { context?: unknown };
        element.context = context; // an own property of a not yet upgraded element
        document.body.append(element);
      }, kro),
    );
    const element = page.locator('openmcp-tool-onboarding');
    await expect(element.getByTestId('tool-page')).toHaveAttribute('data-tool', 'kro');
    await expect(element.getByTestId('status')).toHaveAttribute('data-step', 'not-activated');

    await element.evaluate((node, context) => ((node as HTMLElement & { context?: unknown }).context = context), flux);
    await expect(element.getByTestId('tool-page')).toHaveAttribute('data-tool', 'flux');
    await expect(element.getByTestId('status')).toHaveAttribute('data-step', 'not-activated');
  });

  test('leave no AbortSignal alive after 50 tool pages were opened and closed', async ({ page, request }) => {
    test.setTimeout(120_000);
    const context = await elementContext(request, 'kro');
    await openProbe(page);
    const cdp = await page.context().newCDPSession(page);
    await openAndClose(page, context); // warm-up: lazy chunks, the gateway client, UI5's own objects
    const start = await liveObjects(cdp, 'AbortSignal');

    for (let cycle = 0; cycle < 50; cycle++) await openAndClose(page, context);

    await expect
      .poll(() => liveObjects(cdp, 'AbortSignal'), { message: `live AbortSignals after 50 pages (start: ${start})` })
      .toBeLessThanOrEqual(start);
  });
});

/** Inserts a KRO tool page, waits until it rendered its step and opened a stream, and removes it again. */
async function openAndClose(page: Page, context: Record<string, unknown>): Promise<void> {
  const log = new OperationLog();
  await page.evaluate((value) => {
    const element = document.createElement('openmcp-kro-onboarding') as HTMLElement & { context?: unknown };
    element.context = value;
    document.body.append(element);
  }, context);
  await expect(page.locator('openmcp-kro-onboarding').getByTestId('status')).toHaveAttribute('data-step', 'not-activated');
  await expect
    .poll(() => log.since().filter((entry) => entry.transport === 'sse').length, { message: 'a stream was opened' })
    .toBeGreaterThan(0);
  await page.evaluate(() => document.querySelector('openmcp-kro-onboarding')?.remove());
}

/** Objects whose prototype is `<constructorName>.prototype` still reachable in the page (after a collection). */
async function liveObjects(cdp: CDPSession, constructorName: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `${constructorName}.prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId! });
  return result.value as number;
}
