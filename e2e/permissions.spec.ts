import { tool, versionsOldestFirst } from './catalog';
import { WORKSPACE } from './e2e-env';
import { expect, test } from './fixtures';
import { OperationLog } from './operation-log';

/**
 * Permission-aware actions and the server-side check before Install (docs/onboarding-ui.md §11): a read-only user
 * sees disabled actions and why before clicking anything, and nothing but dry runs reaches the gateway; a
 * configuration the API server refuses is reported before Install; a deactivation shows the APIBinding's and the
 * tool's conditions as separate, labelled groups.
 */
const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];
const WRITES = /^(Create|Update|Delete)/;

/** The writes the UI sent since `log` was created, as `operation dryRun`. */
const writes = (log: OperationLog) =>
  log
    .since()
    .filter((entry) => entry.operationName && WRITES.test(entry.operationName))
    .map((entry) => `${entry.operationName} dryRun=${(entry.variables as { dryRun?: boolean } | null)?.dryRun === true}`);

test('a read-only user sees disabled actions and the strip before clicking; only dry runs were sent', async ({
  portal,
  toolPage,
  overview,
  emulator,
  saveScreenshot,
  expectAccessible,
}) => {
  const log = new OperationLog();
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`, { user: 'readonly' });
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  // UI5 appends its hidden "Information Message Strip" text: the visible sentence leads.
  await expect(page.root.getByTestId('read-only')).toHaveText(
    /^You have read-only access to this workspace\. Ask a workspace administrator to activate KRO\./,
  );
  await expect(page.activateButton).toHaveJSProperty('disabled', true);
  await saveScreenshot('permissions-1-read-only-tool-page');
  await expectAccessible(kro.tagName, 'read-only tool page');
  expect(writes(log)).toEqual(['CreateAPIBinding dryRun=true']);

  await portal.open('openmcp/overview', { user: 'readonly' });
  await expect(overview.root.getByTestId('read-only')).toHaveCount(1);
  await expect(overview.root.getByTestId('read-only')).toContainText('Read-only access');
  await saveScreenshot('permissions-2-read-only-overview');
  await expectAccessible('openmcp-tools-overview', 'read-only overview');
  expect(writes(log)).toEqual(['CreateAPIBinding dryRun=true', 'CreateAPIBinding dryRun=true']);
  const bindings = await emulator.objects(WORKSPACE, 'APIBinding');
  expect(bindings.filter((binding) => binding.metadata.name === kro.exportName)).toEqual([]);
});

test('an admin sees no strip and enabled actions after the dry run', async ({ portal, toolPage }) => {
  const log = new OperationLog();
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  await expect.poll(() => writes(log)).toEqual(['CreateAPIBinding dryRun=true']);
  await expect(page.activateButton).toHaveJSProperty('disabled', false);
  await expect(page.root.getByTestId('read-only')).toHaveCount(0);
});

test("a configuration the CRD refuses is reported with the API server's text before Install", async ({
  portal,
  toolPage,
  emulator,
  gateway,
  saveScreenshot,
  expectAccessible,
}) => {
  // A stricter CRD than the catalog knows: spec.version limited to the oldest catalog version.
  await emulator.restrictVersions({ kro: [older] });
  await gateway.createBinding('kro');
  const log = new OperationLog();
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  const refusal = `KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "${newest}": supported values: "${older}"`;
  // The catalog's default (the newest) is refused by the dry run of the configure step, shown in the form.
  await expect(page.root.getByTestId('server-check')).toContainText(refusal);
  await saveScreenshot('permissions-3-invalid-before-install');
  await expectAccessible(kro.tagName, 'server check refused');

  await page.chooseVersion(older);
  await expect(page.root.getByTestId('server-check')).toHaveCount(0);
  await expect.poll(() => writes(log)).toEqual(['CreateKRO dryRun=true', 'CreateKRO dryRun=true']);
  expect(await emulator.objects(WORKSPACE, kro.resource.kind)).toEqual([]);
  await page.submitConfiguration();
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  expect(writes(log)).toEqual(['CreateKRO dryRun=true', 'CreateKRO dryRun=true', 'CreateKRO dryRun=false']);
});

test('deactivation shows the APIBinding and the tool conditions as separate, labelled groups', async ({
  portal,
  toolPage,
  emulator,
  gateway,
  saveScreenshot,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  // Slow removal (the machine may be loaded): both objects exist long enough to read the groups.
  await emulator.reset({ deletionMs: 12_000 });
  await gateway.createBinding('kro');
  await gateway.createKro(older);
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await page.startDeactivation();
  await portal.confirm();
  await expect(page.status).toHaveAttribute('data-step', 'deactivating');
  await page.root.locator('[data-testid="details"] summary').click();
  const bindingGroup = page.root.getByTestId('conditions-binding');
  const toolGroup = page.root.getByTestId('conditions-tool');
  await expect(bindingGroup).toBeVisible();
  await expect(toolGroup).toBeVisible();
  await expect(bindingGroup).toHaveAttribute('aria-label', 'APIBinding');
  await expect(toolGroup).toHaveAttribute('aria-label', 'KRO (enablement resource)');
  await expect(bindingGroup.locator('h4')).toHaveText('APIBinding');
  await expect(toolGroup.locator('h4')).toHaveText('KRO (enablement resource)');
  // Each condition sits in exactly one group: none is listed twice, none outside a group.
  const inGroups = (await bindingGroup.getByTestId('condition').count()) + (await toolGroup.getByTestId('condition').count());
  expect(inGroups).toBeGreaterThan(0);
  await expect(page.root.getByTestId('condition')).toHaveCount(inGroups);
  await saveScreenshot('permissions-4-deactivating-groups');
  await expectAccessible(kro.tagName, 'deactivating groups');
  await expect(page.status).toHaveAttribute('data-step', 'not-activated', { timeout: 40_000 });
});
