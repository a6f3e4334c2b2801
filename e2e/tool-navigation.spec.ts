import type { Locator, Page } from '@playwright/test';
import { rowsOf, ToolContentRow } from '../projects/portal/src/navigation/testdata/tool-content-configurations';
import { tool, versionsOldestFirst } from './catalog';
import { ACCOUNT } from './e2e-env';
import { expect, test } from './fixtures';
import type { PortalPage } from './pages/portal.page';
import type { ToolPage } from './pages/tool.page';

/**
 * After onboarding the user lands in their tool: once the tool is Ready the operator's ContentConfigurations are in
 * the account workspace, the product's Refresh (`Luigi.configChanged('navigation')`, no page load) brings their
 * nodes into the left navigation under their category with the operator's labels, "Open resources" opens the first
 * of them (the catalog's `resourcesPath`) in the local portal's generic resource view, and after deactivating and
 * refreshing again the nodes are gone and no "Open resources" remains. Screenshots of the navigation before/after.
 */

const leftNavigation = (page: Page): Locator => page.getByTestId('semiCollapsibleLeftNav');

/** Objects `npm start` seeds on bind for the first page of each tool (projects/gateway-emulator/src/seed/tool-objects.ts). */
const SEEDED_FIRST_PAGE: Record<string, { names: string[]; namespace?: string }> = {
  kro: { names: ['database.kro.run', 'webapp.kro.run'] },
  flux: { names: ['platform-config', 'podinfo'], namespace: 'flux-system' },
  ocm: { names: ['podinfo'], namespace: 'default' },
  crossplane: { names: ['default'] },
};

/** The tool's pages and categories, as the operator writes them (docs/platform.md §1.3; the fixture table). */
function expectedPages(toolId: ToolContentRow['tool']): { labels: string[]; categories: string[] } {
  const rows = rowsOf(toolId);
  return { labels: rows.map((row) => row.label), categories: [...new Set(rows.map((row) => row.category.label))] };
}

/**
 * Activates and configures the tool through its page (oldest catalog version, default extras) until Ready.
 * Known race outside this spec's subject: now and then the page stays "Activating" although the emulator's binding
 * is Bound (the Bound event never reaches the page; seen with the static navigation too). The page is re-entrant,
 * so the spec opens it again from the navigation and records that it had to.
 */
async function onboard(toolId: string, portal: PortalPage, page: ToolPage): Promise<void> {
  await portal.open('openmcp/overview');
  await portal.openFromNavigation(toolId);
  await expect(page.status).toHaveAttribute('data-step', 'not-activated');
  await page.activate();
  const next = toolId === 'crossplane' ? 'permission-claims' : 'configure';
  const reached = await expect(page.status)
    .toHaveAttribute('data-step', next, { timeout: 8000 })
    .then(
      () => true,
      () => false,
    );
  if (!reached) {
    test.info().annotations.push({ type: 'missed Bound', description: `${toolId}: page stayed Activating; reopened from the navigation` });
    await portal.navEntry('openmcp-overview').click();
    await portal.openFromNavigation(toolId);
    await expect(page.status).toHaveAttribute('data-step', next);
  }
  if (toolId === 'crossplane') {
    await expect(page.claims.first()).toBeVisible();
    await page.acceptClaims();
  }
  await expect(page.status).toHaveAttribute('data-step', 'configure');
  await page.chooseVersion(versionsOldestFirst(tool(toolId))[0]);
  await page.submitConfiguration();
  await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
}

// Onboarding, two refreshes, the list page and deactivation: longer than the default 60 s on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

for (const toolId of ['kro', 'flux', 'ocm', 'crossplane'] as const) {
  test(`${toolId}: Ready → Refresh brings the tool's pages under their category; deactivate → Refresh removes them`, async ({
    page,
    portal,
    toolPage,
    emulator,
    saveScreenshot,
  }) => {
    const entry = tool(toolId);
    const onboarding = toolPage(toolId);
    const { labels, categories } = expectedPages(toolId);
    const nav = leftNavigation(page);
    const loads: string[] = [];

    // Streams stay open on binding changes: this spec is about the navigation, not about resuming streams (the
    // page sometimes misses Bound when the schema rebuild ends its stream under load; tool-flows covers resuming).
    await emulator.reset({ schemaRebuildMs: 0 });
    await onboard(toolId, portal, onboarding);
    page.on('load', () => loads.push(page.url()));
    for (const label of labels) await expect(nav.getByText(label, { exact: true })).toHaveCount(0);
    await saveScreenshot(`${toolId}-navigation-1-ready-before-refresh`);

    // The strip appears once the tool's ContentConfigurations exist (not after the 60 s fallback), and the ready
    // panel lists the new pages by their node labels.
    const refresh = page.getByTestId('refresh-navigation');
    await expect(refresh).toBeVisible();
    await expect(onboarding.root.getByTestId('navigation-offer')).toHaveText('New pages are available.');
    await expect(onboarding.root.getByTestId('tool-page-link')).toHaveText([...labels].sort((a, b) => a.localeCompare(b)));
    await refresh.click();
    for (const category of categories) await expect(nav.getByText(category, { exact: true })).toBeVisible();
    for (const label of labels) await expect(nav.getByText(label, { exact: true })).toBeVisible();
    await saveScreenshot(`${toolId}-navigation-2-after-refresh`);

    const open = onboarding.root.getByTestId('open-resources').first();
    await expect(open).toBeVisible();
    await open.click();
    const [first] = [...rowsOf(toolId)].sort((a, b) => a.category.order - b.category.order || a.order - b.order);
    await expect.poll(() => portal.route()).toBe(`/${ACCOUNT}/openmcp/${(entry as { resourcesPath?: string }).resourcesPath}`);
    expect(first.pathSegment).toBe((entry as { resourcesPath?: string }).resourcesPath);
    const view = page.frameLocator('iframe');
    await expect(view.getByText(first.plural, { exact: true })).toBeVisible();
    const seeded = SEEDED_FIRST_PAGE[toolId];
    const rows = view.getByTestId('resource-row');
    await expect(rows).toHaveCount(seeded.names.length);
    for (const [index, name] of seeded.names.entries()) await expect(rows.nth(index)).toContainText(name);
    await expect(view.getByRole('columnheader', { name: 'Namespace' })).toHaveCount(seeded.namespace ? 1 : 0);
    if (seeded.namespace) await expect(rows.first()).toContainText(seeded.namespace);
    await expect(view.getByTestId('resource-live-state')).toContainText('Live');
    await saveScreenshot(`${toolId}-navigation-3-resources-page`);

    await portal.openFromNavigation(toolId);
    await expect(onboarding.status).toHaveAttribute('data-step', 'ready');
    // A freshly mounted page of the Ready tool lists its pages too: they come with the first state.
    await expect(onboarding.root.getByTestId('tool-page-link')).toHaveText([...labels].sort((a, b) => a.localeCompare(b)));
    await expect(onboarding.root.getByTestId('navigation-offer')).toHaveCount(0);
    await onboarding.startDeactivation();
    await portal.confirm();
    await expect(onboarding.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });
    await expect(refresh).toBeVisible();
    await refresh.click();
    await expect(portal.navEntry(`openmcp-${toolId}`)).toBeVisible();
    for (const category of categories) await expect(nav.getByText(category, { exact: true })).toHaveCount(0);
    for (const label of labels) await expect(nav.getByText(label, { exact: true })).toHaveCount(0);
    await expect(page.getByTestId('open-resources')).toHaveCount(0);
    await saveScreenshot(`${toolId}-navigation-4-after-deactivation-refresh`);
    expect(loads, 'full page loads during the flow').toEqual([]);
  });
}
