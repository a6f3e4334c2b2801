import type { Page } from '@playwright/test';
import { tool, versionsOldestFirst } from './catalog';
import { expect, test } from './fixtures';

/**
 * KRO's whole flow with the keyboard only (Tab, Shift+Tab, Enter, Space; arrow keys inside the version select):
 * every action is reachable and operable, the focused control shows a visible focus, and after each step change
 * focus sits on the new step's heading, with the live region naming the step.
 */
const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];

/** `data-testid`s of the focused element and its shadow hosts, innermost last (focus may sit inside a UI5 control). */
function focusedTestIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    let active: Element | null = document.activeElement;
    while (active) {
      const id = active.getAttribute('data-testid');
      if (id) ids.push(id);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return ids;
  });
}

/** The focused element inside the tool page: its tag and text, and whether it draws a focus indicator. */
function focusedInElement(page: Page, tagName: string): Promise<{ tag: string; text: string; outline: string } | null> {
  return page.evaluate((tag) => {
    const active = document.querySelector(tag)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return null;
    const style = getComputedStyle(active);
    return {
      tag: active.tagName.toLowerCase(),
      text: (active.textContent ?? '').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  }, tagName);
}

/** Presses Tab (or Shift+Tab) until the control with `testId` has focus; fails when it is not in the tab order. */
async function tabTo(page: Page, testId: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if ((await focusedTestIds(page)).includes(testId)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`"${testId}" was not reached with ${key}: not keyboard-reachable`);
}

/** After a step change: focus on the step's heading, drawn with a visible outline. */
async function expectHeadingFocused(page: Page, text: string | RegExp): Promise<void> {
  await expect
    .poll(async () => (await focusedInElement(page, kro.tagName))?.text ?? '', { message: 'focus on the new step heading' })
    .toMatch(text);
  const focused = await focusedInElement(page, kro.tagName);
  expect(focused?.tag).toMatch(/^h[1-6]$/);
  expect(focused?.outline).not.toMatch(/^none/);
}

test('KRO: the whole flow with the keyboard only', async ({ portal, toolPage, emulator, page }) => {
  await emulator.reset({ toolReadyMs: 600 });
  const kroPage = toolPage('kro');
  await portal.open(`openmcp/${kro.pathSegment}`);
  await expect(kroPage.status).toHaveAttribute('data-step', 'not-activated');
  const live = kroPage.root.locator('[aria-live="polite"]');

  await tabTo(page, 'activate');
  await page.keyboard.press('Enter');
  await expect(kroPage.status).toHaveAttribute('data-step', 'configure');
  await expectHeadingFocused(page, 'Configure');
  await expect(live).toHaveText('KRO: Ready to configure');

  // The version select: reached by Tab, changed with the arrow keys (newest first, then older).
  await tabTo(page, 'version-select');
  await page.keyboard.press('ArrowDown');
  await expect(kroPage.yamlPreview).toContainText(`version: ${older}`);
  await tabTo(page, 'configure-submit');
  await page.keyboard.press('Space');
  await expect(kroPage.status).toHaveAttribute('data-step', /installing|ready/);
  await expect(kroPage.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
  await expectHeadingFocused(page, 'KRO is active');
  await expect(live).toHaveText('KRO: Active');
  await expect(kroPage.installedVersion).toHaveText(older);

  // Upgrade: open the form, pick the newest version, apply.
  await tabTo(page, 'upgrade');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Change version');
  await tabTo(page, 'version-select');
  await page.keyboard.press('ArrowUp');
  await expect(kroPage.yamlPreview).toContainText(`version: ${newest}`);
  await tabTo(page, 'upgrade-submit');
  await page.keyboard.press('Enter');
  await expect(kroPage.installedVersion).toHaveText(newest, { timeout: 20_000 });

  // The navigation refresh offered after Ready is a focusable action as well.
  await tabTo(page, 'refresh-navigation', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(kroPage.root.getByTestId('refresh-navigation')).toHaveCount(0);

  // Deactivate through Luigi's confirmation modal, confirmed with the keyboard.
  await tabTo(page, 'deactivate');
  await page.keyboard.press('Enter');
  await expect(portal.confirmationModal).toBeVisible();
  await tabTo(page, 'luigi-modal-confirm');
  await page.keyboard.press('Enter');
  await expect(kroPage.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });
  await expect(live).toHaveText('KRO: Not activated');

  // After the removal nothing offers the tool's resources any more.
  await expect(kroPage.root.getByTestId('open-resources')).toHaveCount(0);
});
