import { tool, versionsOldestFirst } from './catalog';
import { WORKSPACE } from './e2e-env';
import { EmulatorAdmin } from './emulator-admin';
import { expect, test } from './fixtures';
import { OperationLog } from './operation-log';

/**
 * Failure paths, driven by the emulator's fault injection and users: each must leave the user with a clear message,
 * their input intact, and the workspace without half-created objects.
 */
const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];

test('a read-only user whose permission check failed in transit gets the forbidden message on Activate; nothing is created', async ({
  portal,
  toolPage,
  emulator,
  consoleWatch,
  saveScreenshot,
  expectAccessible,
}) => {
  // The dry run of Activate gets no verdict (503): the page keeps Activate enabled and the real write is refused.
  consoleWatch.allow(/status of 503/);
  await emulator.addFault({ type: 'http-status', status: 503, operationName: 'CreateAPIBinding', dryRun: true, times: 1 });
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`, { user: 'readonly' });
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  await expect(page.root.getByTestId('read-only')).toHaveCount(0);
  await page.activate();
  await expect(page.errorMessage).toContainText('forbidden');
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  const bindings = await emulator.objects(WORKSPACE, 'APIBinding');
  expect(bindings.filter((binding) => binding.metadata.name === kro.exportName)).toEqual([]);
  await saveScreenshot('kro-forbidden');
  await expectAccessible(kro.tagName, 'forbidden');
});

test('a failed create keeps the form input and a retry succeeds', async ({
  portal,
  toolPage,
  emulator,
  gateway,
  consoleWatch,
  saveScreenshot,
}) => {
  // Chromium logs every non-2xx response itself; this one is deliberate.
  consoleWatch.allow(/status of 503/);
  const page = toolPage('kro');
  await gateway.createBinding('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await page.chooseVersion(older);
  await emulator.addFault({ type: 'http-status', status: 503, operationName: 'CreateKRO', dryRun: false, times: 1 });
  await page.submitConfiguration();

  await expect(page.errorMessage).toBeVisible();
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await expect(page.yamlPreview).toContainText(`version: ${older}`);
  expect(await emulator.objects(WORKSPACE, kro.resource.kind)).toEqual([]);
  await saveScreenshot('kro-create-failed');

  await page.retry();
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.installedVersion).toHaveText(older);
});

test('a dropped SSE stream resumes and the page still reaches Ready', async ({ portal, toolPage, emulator, gateway, consoleWatch }) => {
  consoleWatch.allow(/net::ERR_/);
  const page = toolPage('kro');
  await gateway.createBinding('kro');
  const log = new OperationLog();
  // Cut the first KRO watch shortly after it opens; the element must reconnect from its last resourceVersion.
  await emulator.addFault({ type: 'drop-connection', operationName: 'WatchKROs', afterMs: 300, times: 1 });
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await expect
    .poll(() => log.since('WatchKROs').length, { message: 'the KRO watch was reopened after the drop' })
    .toBeGreaterThanOrEqual(2);

  await page.chooseVersion(newest);
  await page.submitConfiguration();
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.installedVersion).toHaveText(newest);
});

test('a double click on activate creates exactly one APIBinding', async ({ portal, toolPage, emulator }) => {
  const page = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  const log = new OperationLog();
  // Slow every gateway answer so the second click lands while the first create is still in flight.
  await emulator.addFault({ type: 'latency', ms: 400 });
  await page.activateButton.dblclick();

  await expect(page.status).toHaveAttribute('data-step', 'configure', { timeout: 20_000 });
  await expect(page.errorMessage).toHaveCount(0);
  expect(log.since('CreateAPIBinding')).toHaveLength(1);
  const bindings = await emulator.objects(WORKSPACE, 'APIBinding');
  expect(bindings.filter((binding) => binding.metadata.name === kro.exportName)).toHaveLength(1);
});

test('a version the operator rejects shows the operator message', async ({
  portal,
  toolPage,
  emulator,
  gateway,
  saveScreenshot,
  expectAccessible,
}) => {
  await emulator.allowVersions({ kro: [newest] });
  const page = toolPage('kro');
  await gateway.createBinding('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await page.chooseVersion(older);
  await page.submitConfiguration();

  await expect(page.status).toHaveAttribute('data-step', 'installing');
  await expect.poll(() => reconcileErrorMessage(emulator), { message: "the operator's ReconcileError condition" }).toContain(newest);
  const operatorMessage = await reconcileErrorMessage(emulator);
  await expect(page.conditions.filter({ hasText: operatorMessage })).toBeVisible();
  await expect(page.status).not.toHaveAttribute('data-status', 'ready');
  await saveScreenshot('kro-operator-rejected');
  await expectAccessible(kro.tagName, 'operator-rejected');
});

/** Message of the stored KRO's ReconcileError condition (docs/platform.md §2.4), '' while there is none. */
async function reconcileErrorMessage(emulator: EmulatorAdmin): Promise<string> {
  const [stored] = await emulator.objects(WORKSPACE, kro.resource.kind);
  return stored?.status?.conditions?.find((condition) => condition.reason === 'ReconcileError')?.message ?? '';
}
