import { tool, versionsOldestFirst } from './catalog';
import { WORKSPACE } from './e2e-env';
import { expect, test } from './fixtures';

/**
 * Update available → Change version (the update preselected, opened from the overview card through a Luigi node
 * parameter) → "What will change" → Updating → Ready → Roll back to the previous version (confirmed in Luigi's modal)
 * → Updating → Ready on the old version, with the previous-spec annotation written by the change and removed by the
 * roll back in the emulator's store.
 */
const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];
const ANNOTATION = 'onboarding.opencp.cloud/previous-spec';

test('KRO: update available on the overview → change version preselected → Ready → roll back → Ready on the old version', async ({
  portal,
  overview,
  toolPage,
  emulator,
  saveScreenshot,
  expectAccessible,
}) => {
  await emulator.reset({ toolReadyMs: 2500 });
  const page = toolPage('kro');
  await portal.open('openmcp/kro');
  await page.activate();
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await page.chooseVersion(older);
  await page.submitConfiguration();
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.root.getByTestId('rollback')).toHaveCount(0); // installed, never changed: nothing to roll back to

  await portal.open('openmcp/overview');
  const card = overview.card('kro');
  await expect(card.getByTestId('update-available')).toHaveText(`Update available: ${newest}`);
  await saveScreenshot('rollback-1-overview-update-available');
  await expectAccessible('openmcp-tools-overview', 'update available on a card');
  await card.getByTestId('card-change-version').click();

  await expect.poll(() => portal.route()).toContain(`/openmcp/kro?~changeVersion=${newest}`);
  await expect(page.configureForm).toHaveAttribute('data-mode', 'upgrade');
  await expect(page.root.getByTestId('version-change')).toHaveText(`${older} → ${newest}`);
  await expect(page.root.locator('[data-diff="removed"]').first()).toContainText(`removed: version: ${older}`);
  await expect(page.root.locator('[data-diff="added"]').first()).toContainText(`added: version: ${newest}`);
  await saveScreenshot('rollback-2-change-version-preselected');
  await expectAccessible(kro.tagName, 'change version preselected');
  await page.submitUpgrade();
  await expect(page.status).toHaveText(/^Updating/);
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.installedVersion).toHaveText(newest);
  const [changed] = await emulator.objects(WORKSPACE, kro.resource.kind);
  const annotations = (changed.metadata as { annotations?: Record<string, string> }).annotations ?? {};
  expect(JSON.parse(annotations[ANNOTATION] ?? 'null')).toMatchObject({ version: older });

  const rollback = page.root.getByTestId('rollback');
  await expect(rollback).toHaveText(`Roll back to ${older}`);
  await saveScreenshot('rollback-3-ready-offers-roll-back');
  await expectAccessible(kro.tagName, 'ready with roll back');
  await rollback.click();
  await expect(portal.confirmationModal).toContainText(`Roll back KRO to ${older}?`);
  await saveScreenshot('rollback-4-confirmation');
  await portal.confirm();
  await expect(page.status).toHaveText(/^Updating/);
  await saveScreenshot('rollback-5-updating');
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.installedVersion).toHaveText(older);
  await expect(page.root.getByTestId('rollback')).toHaveCount(0); // offered once: the annotation is gone
  await expect(page.root.getByTestId('update-available')).toContainText(`Update available: ${newest}`);
  await saveScreenshot('rollback-6-ready-on-old-version');
  const [rolledBack] = await emulator.objects(WORKSPACE, kro.resource.kind);
  expect(rolledBack.spec).toMatchObject({ version: older });
  expect((rolledBack.metadata as { annotations?: Record<string, string> }).annotations?.[ANNOTATION]).toBeUndefined();
});
