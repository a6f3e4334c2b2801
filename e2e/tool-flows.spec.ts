import { CatalogTool, TOOLS, versionsOldestFirst } from './catalog';
import { ACCOUNT, WORKSPACE } from './e2e-env';
import { expect, test } from './fixtures';
import { ToolPage } from './pages/tool.page';

/**
 * Each tool's full flow as a user meets it in the portal: open it from the navigation, activate, accept the
 * permission claim where the export asks for one, configure a version (plus Crossplane provider / Flux components),
 * watch it install and become Ready, upgrade, deactivate and see it gone, in the page and in the emulator's store.
 */

/** The form extras each tool's flow exercises, from its catalog extension. */
async function configureExtras(entry: CatalogTool, page: ToolPage): Promise<Record<string, unknown>> {
  if (entry.extension?.type === 'providers') {
    const [provider] = entry.extension.providers!;
    const other = provider.versions.find((version) => version !== provider.default)!;
    await expect(page.providerRows).toHaveCount(entry.extension.providers!.length);
    await page.chooseProviderVersion(provider.name, other);
    return { providers: [{ name: provider.name, version: other }] };
  }
  if (entry.extension?.type === 'components') {
    const components = entry.extension.components!;
    const dropped = components.at(-1)!;
    await page.toggleComponent(dropped);
    return { components: components.filter((name) => name !== dropped) };
  }
  return {};
}

for (const entry of TOOLS) {
  test(`${entry.id}: activate, configure, upgrade and deactivate from the portal navigation`, async ({
    portal,
    toolPage,
    emulator,
    saveScreenshot,
    expectAccessible,
  }) => {
    // Installing lasts 1.5 s instead of fast's 120 ms, long enough to see (and screenshot) that state.
    await emulator.reset({ toolReadyMs: 1500 });
    const versions = versionsOldestFirst(entry);
    const [first, newest] = [versions[0], versions.at(-1)!];
    const page = toolPage(entry.id);

    await portal.open('openmcp/overview');
    await portal.openFromNavigation(entry.id);
    await expect.poll(() => portal.route()).toBe(`/${ACCOUNT}/openmcp/${entry.pathSegment}`);
    await expect(page.status).toHaveAttribute('data-step', 'not-activated');
    await saveScreenshot(`${entry.id}-1-not-activated`);
    await expectAccessible(entry.tagName, 'not-activated');

    await page.activate();
    if (entry.id === 'crossplane') {
      await expect(page.status).toHaveAttribute('data-step', 'permission-claims');
      await expect(page.claims.first()).toContainText('secrets');
      await saveScreenshot(`${entry.id}-2-permission-claims`);
      await expectAccessible(entry.tagName, 'permission-claims');
      await page.acceptClaims();
    }
    await expect(page.status).toHaveAttribute('data-step', 'configure');
    const [binding] = await emulator
      .objects(WORKSPACE, 'APIBinding')
      .then((items) => items.filter((item) => item.metadata.name === entry.exportName));
    expect(binding, `APIBinding ${entry.exportName} in the store`).toBeDefined();

    await page.chooseVersion(first);
    const extras = await configureExtras(entry, page);
    await expect(page.yamlPreview).toContainText(`version: ${first}`);
    await saveScreenshot(`${entry.id}-3-configure`);
    await expectAccessible(entry.tagName, 'configure');

    await page.submitConfiguration();
    await expect(page.status).toHaveAttribute('data-step', 'installing');
    await saveScreenshot(`${entry.id}-4-installing`);
    await expectAccessible(entry.tagName, 'installing');
    await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await expect(page.status).toHaveAttribute('data-status', 'ready');
    await expect(page.installedVersion).toHaveText(first);
    const [created] = await emulator.objects(WORKSPACE, entry.resource.kind);
    expect(created.spec).toMatchObject({ version: first, ...extras });
    await saveScreenshot(`${entry.id}-5-ready`);
    await expectAccessible(entry.tagName, 'ready');

    if (newest === first) {
      // A catalog with one version offers nothing to upgrade to; the run says so instead of passing silently.
      test.info().annotations.push({ type: 'no upgrade', description: `assets/catalog.json offers only ${first} for ${entry.id}` });
    } else {
      await page.startUpgrade();
      await expect(page.configureForm).toHaveAttribute('data-mode', 'upgrade');
      await page.chooseVersion(newest);
      await page.submitUpgrade();
      await expect(page.installedVersion).toHaveText(newest, { timeout: 20_000 });
      await expect(page.status).toHaveAttribute('data-step', 'ready');
      const [upgraded] = await emulator.objects(WORKSPACE, entry.resource.kind);
      expect(upgraded.spec).toMatchObject({ version: newest });
      await saveScreenshot(`${entry.id}-6-upgraded`);
    }

    await page.startDeactivation();
    await expect(portal.confirmationModal).toBeVisible();
    await saveScreenshot(`${entry.id}-7-confirm-deactivation`);
    await portal.confirm();
    await expect(page.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });
    const remaining = await emulator.objects(WORKSPACE);
    expect(remaining.filter((item) => item.metadata.name === entry.exportName && item.kind === 'APIBinding')).toEqual([]);
    expect(remaining.filter((item) => item.kind === entry.resource.kind)).toEqual([]);
    await saveScreenshot(`${entry.id}-8-deactivated`);
  });
}
