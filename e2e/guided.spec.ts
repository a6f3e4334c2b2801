import { tool, versionsOldestFirst } from './catalog';
import { expect, test } from './fixtures';

/**
 * The guided flow of one tool (KRO) as a user sees it: the steps indicator with the current step marked, the running
 * step in words, the summary sentence, "Update available", Change version with its line diff, the downgrade
 * confirmation, the separated condition groups while deactivating, and the same page in German.
 */
const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];
const currentStep = (root: import('@playwright/test').Locator) => root.locator('[data-testid="steps"] li[aria-current="step"]');

test('KRO: steps through the flow, update available, change version with diff, downgrade needs confirmation', async ({
  portal,
  toolPage,
  emulator,
  saveScreenshot,
  expectAccessible,
}) => {
  await emulator.reset({ toolReadyMs: 2500, deletionMs: 2500 });
  const page = toolPage('kro');
  // Opened directly: after a Luigi navigation from the overview the binding's Bound event does not reach the page in
  // this environment (also without these changes); the navigation itself is covered by tool-flows.spec.ts.
  await portal.open('openmcp/kro');
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  await expect(currentStep(page.root)).toHaveAttribute('data-step-id', 'activate');
  await expect(page.root.getByTestId('summary')).toHaveText('KRO is not activated in this workspace.');

  await page.activate();
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await expect(currentStep(page.root)).toHaveAttribute('data-step-id', 'configure');
  await expect(page.root.locator('li[data-step-id="activate"]')).toHaveAttribute('data-step-status', 'done');

  await page.chooseVersion(older);
  await page.submitConfiguration();
  await expect(page.status).toHaveAttribute('data-step', 'installing');
  await expect(page.root.getByTestId('activity-text')).toHaveText(`Installing KRO ${older} into your control plane`);
  // A number from the first render on (Intl.DurationFormat hides a zero duration unless told to show it).
  await expect(page.root.getByTestId('elapsed')).toHaveText(/^Running for \d+ \w+/);
  await saveScreenshot('guided-1-installing-steps');
  await expectAccessible(kro.tagName, 'installing with steps');

  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(currentStep(page.root)).toHaveAttribute('data-step-id', 'outcome');
  await expect(page.root.getByTestId('summary')).toHaveText(`KRO ${older} is running.`);
  await expect(page.root.getByTestId('details')).not.toHaveAttribute('open', '');
  const update = page.root.getByTestId('update-available');
  await expect(update).toContainText(`Update available: ${newest}`);
  await saveScreenshot('guided-2-ready-update-available');
  await expectAccessible(kro.tagName, 'ready with update');

  await update.getByTestId('change-version').click();
  await expect(page.configureForm).toHaveAttribute('data-mode', 'upgrade');
  await expect(page.configureForm.locator('h3')).toHaveText('Change version');
  await expect(page.root.getByTestId('version-change')).toHaveText(`${older} → ${newest}`); // the update is preselected
  await page.chooseVersion(older);
  await expect(page.root.getByTestId('upgrade-submit')).toHaveJSProperty('disabled', true); // the installed configuration, unchanged
  await page.chooseVersion(newest);
  await expect(page.root.getByTestId('version-change')).toHaveText(`${older} → ${newest}`);
  await expect(page.root.locator('[data-diff="removed"]').first()).toContainText(`removed: version: ${older}`);
  await expect(page.root.locator('[data-diff="added"]').first()).toContainText(`added: version: ${newest}`);
  await saveScreenshot('guided-3-change-version-diff');
  await expectAccessible(kro.tagName, 'change version');
  await page.submitUpgrade();
  // The tag's text pierces into UI5's shadow DOM (its hidden "Tag <design>" text): the visible word leads.
  await expect(page.status).toHaveText(/^Updating/);
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expect(page.installedVersion).toHaveText(newest);

  await page.startUpgrade();
  await page.chooseVersion(older);
  await expect(page.root.getByTestId('downgrade-warning')).toContainText(`${older} is older than the installed ${newest}`);
  await expect(page.root.getByTestId('upgrade-submit')).toHaveJSProperty('disabled', true);
  await page.root.getByTestId('downgrade-confirm').click();
  await expect(page.root.getByTestId('upgrade-submit')).toHaveJSProperty('disabled', false);
  await saveScreenshot('guided-4-downgrade-confirmation');
  await expectAccessible(kro.tagName, 'downgrade confirmation');
  await page.root.getByTestId('cancel-upgrade').click();

  await page.startDeactivation();
  await portal.confirm();
  await expect(page.status).toHaveAttribute('data-step', 'deactivating');
  await expect(page.root.getByTestId('summary')).toContainText('KRO is being removed');
  await page.root.locator('[data-testid="details"] summary').click();
  await expect(page.root.getByTestId('conditions-tool').or(page.root.getByTestId('conditions-binding')).first()).toBeVisible();
  await saveScreenshot('guided-5-deactivating-groups');
  await expect(page.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });
});

test('KRO in German: steps, summary and navigation labels', async ({ portal, toolPage, emulator, saveScreenshot, expectAccessible }) => {
  await emulator.reset();
  const page = toolPage('kro');
  await portal.open('openmcp/kro', { locale: 'de' });
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  await expect(page.root.getByTestId('summary')).toHaveText('KRO ist in diesem Workspace nicht aktiviert.');
  await expect(page.root.locator('li[data-step-id="activate"]')).toContainText('Aktivieren');
  await expect(page.root.locator('li[data-step-id="configure"]')).toContainText('Konfigurieren');
  await expect(portal.navEntry('openmcp-overview')).toContainText('Übersicht');
  await saveScreenshot('guided-6-german');
  await expectAccessible(kro.tagName, 'German');
});
