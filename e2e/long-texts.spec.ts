/**
 * 10,000-character names, descriptions, versions and server messages: the layout holds (nothing extends past the
 * viewport, the status tag stays in view), long texts are clamped with a way to read them in full.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tool, versionsOldestFirst } from './catalog';
import { expect, test } from './fixtures';

const kro = tool('kro');
/** No break opportunity in 10,000 characters: the worst case for wrapping. */
const HUGE = 'x'.repeat(10_000);
/** A valid semver version of 10,000 characters (pre-release part), as a broken or hostile operator could report it. */
const HUGE_VERSION = `v0.0.1-${'a'.repeat(10_000 - 7)}`;

/** Serves the shipped catalog with KRO's label and description replaced by 10,000 characters. */
async function serveHugeCatalogTexts(page: Page): Promise<void> {
  const catalog = JSON.parse(readFileSync(resolve(__dirname, '../assets/catalog.json'), 'utf8'));
  const entry = catalog.tools.find((candidate: { id: string }) => candidate.id === 'kro');
  entry.label = { en: `KRO${HUGE}`, de: `KRO${HUGE}` };
  entry.description = { en: HUGE, de: HUGE };
  await page.route('**/assets/catalog.json', (route) => route.fulfill({ json: catalog }));
}

/**
 * The rightmost edge (px) of any rendered box in the page, shadow roots included, and the viewport width. Boxes
 * inside a clipping ancestor count with their own size: a clamp that clips is fine, a box that grows is not.
 */
function widest(page: Page): Promise<{ right: number; viewport: number; scrollWidth: number; culprit: string }> {
  return page.evaluate(() => {
    let right = 0;
    let culprit = '';
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > right) {
          right = box.right;
          culprit = `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''}`;
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return { right, viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, culprit };
  });
}

async function expectWithinViewport(page: Page): Promise<void> {
  const { right, viewport, scrollWidth, culprit } = await widest(page);
  expect(right, `rightmost box (${culprit}) within the viewport`).toBeLessThanOrEqual(viewport + 1);
  expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(viewport);
}

test.describe('10,000-character texts', () => {
  test('tool page at Ready: label, description and installed version', async ({
    page,
    portal,
    toolPage,
    emulator,
    gateway,
    saveScreenshot,
  }) => {
    await serveHugeCatalogTexts(page);
    await emulator.allowVersions({ kro: [HUGE_VERSION] });
    await gateway.createBinding('kro');
    await gateway.createKro(HUGE_VERSION);
    const kroPage = toolPage('kro');
    await portal.open(`openmcp/${kro.pathSegment}`);
    await expect(kroPage.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await expect(kroPage.status).toBeInViewport();
    await expectWithinViewport(page);
    await saveScreenshot('kro-huge-texts-ready');

    const version = kroPage.installedVersion;
    await version.getByTestId('long-text-toggle').click();
    await expect(version.getByTestId('long-text-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(version.getByTestId('long-text')).toHaveText(HUGE_VERSION);
    await expectWithinViewport(page);
  });

  test('tool page installing: a 10,000-character operator message in the conditions', async ({
    page,
    portal,
    toolPage,
    emulator,
    gateway,
    saveScreenshot,
  }) => {
    await emulator.allowVersions({ kro: [versionsOldestFirst(kro).at(-1)!] });
    await gateway.createBinding('kro');
    await gateway.createKro(HUGE_VERSION);
    const kroPage = toolPage('kro');
    await portal.open(`openmcp/${kro.pathSegment}`);
    const message = kroPage.conditions.filter({ hasText: HUGE_VERSION.slice(0, 100) });
    await expect(message).toBeVisible({ timeout: 20_000 });
    await expect(message.getByTestId('long-text-toggle')).toHaveAttribute('aria-expanded', 'false');
    await expect(kroPage.status).toBeInViewport();
    await expectWithinViewport(page);
    await saveScreenshot('kro-huge-condition-message');
  });

  test('failure strip: a 10,000-character gateway message', async ({ page, portal, toolPage, emulator, gateway, saveScreenshot }) => {
    await serveHugeCatalogTexts(page);
    await gateway.createBinding('kro');
    const kroPage = toolPage('kro');
    await portal.open(`openmcp/${kro.pathSegment}`);
    await expect(kroPage.status).toHaveAttribute('data-step', 'configure');
    await emulator.addFault({ type: 'graphql-error', operationName: 'CreateKRO', dryRun: false, message: HUGE, times: 1 });
    await kroPage.submitConfiguration();
    await expect(kroPage.errorMessage).toBeVisible();
    await expect(kroPage.errorMessage.getByTestId('long-text-toggle')).toBeVisible();
    // The page scrolled to the failure; back at the top, the status tag is still on screen, not pushed aside.
    await kroPage.status.scrollIntoViewIfNeeded();
    await expect(kroPage.status).toBeInViewport();
    await expectWithinViewport(page);
    await saveScreenshot('kro-huge-gateway-message');
  });

  test('overview cards: label, description and installed version', async ({
    page,
    portal,
    overview,
    emulator,
    gateway,
    saveScreenshot,
  }) => {
    await serveHugeCatalogTexts(page);
    await emulator.allowVersions({ kro: [HUGE_VERSION] });
    await gateway.createBinding('kro');
    await gateway.createKro(HUGE_VERSION);
    await portal.open('openmcp/overview');
    await expect(overview.card('kro')).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await expectWithinViewport(page);
    const card = await overview.card('kro').boundingBox();
    expect(card?.height, 'the card is clamped, not 10,000 characters tall').toBeLessThan(400);
    await saveScreenshot('overview-huge-texts');
  });
});
