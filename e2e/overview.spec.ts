import { tool, versionsOldestFirst } from './catalog';
import { ACCOUNT } from './e2e-env';
import { expect, test } from './fixtures';

/**
 * The overview shows each tool's live state and links to the tool's page: KRO installed and Ready, Flux
 * activated but not configured, Crossplane and OCM Controller not activated (set up through the gateway as another
 * client of the workspace would).
 */
test('overview shows each tool state and opens a tool page from its card', async ({
  portal,
  overview,
  gateway,
  toolPage,
  saveScreenshot,
  expectAccessible,
}) => {
  const kroVersion = versionsOldestFirst(tool('kro'))[0];
  await gateway.createBinding('kro');
  await gateway.createBinding('flux');
  await portal.open('openmcp/overview');
  // KRO's type is served once its binding is Bound; create it after the overview shows the binding.
  await expect(overview.card('kro')).toHaveAttribute('data-step', 'configure');
  await gateway.createKro(kroVersion);

  await expect(overview.card('kro')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect(overview.cardVersion('kro')).toContainText(kroVersion);
  await expect(overview.card('flux')).toHaveAttribute('data-step', 'configure');
  await expect(overview.card('crossplane')).toHaveAttribute('data-step', 'not-activated');
  await expect(overview.card('ocm')).toHaveAttribute('data-step', 'not-activated');
  // The status tag's icon keeps the tag's size (a card style once gave it the 2 rem of the tool's icon).
  for (const id of ['kro', 'crossplane']) {
    const box = await overview.card(id).locator('ui5-tag ui5-icon').boundingBox();
    expect(box?.height, `${id} status tag icon height (px)`).toBeLessThanOrEqual(16);
  }
  await saveScreenshot('overview');
  await expectAccessible('openmcp-tools-overview', 'overview');

  await overview.openTool('flux');
  await expect.poll(() => portal.route()).toBe(`/${ACCOUNT}/openmcp/${tool('flux').pathSegment}`);
  await expect(toolPage('flux').status).toHaveAttribute('data-step', 'configure');
});
