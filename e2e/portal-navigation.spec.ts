import type { Page } from '@playwright/test';
import { toolContentDocument } from '../projects/gateway-emulator/src/operator/tool-apis';
import { ACCOUNT, EMULATOR_URL, WORKSPACE } from './e2e-env';
import { expect, test } from './fixtures';

/**
 * The local portal's navigation from ContentConfigurations (projects/portal/README.md): a configuration written into
 * the account workspace shows as a node under its category after `Luigi.configChanged('navigation')` (no page
 * reload), its page is the generic resource view listing the kind live, and removing it removes the node on the
 * next refresh. Uses a kind every workspace serves (APIBinding), so it needs no tool.
 */

const ADMIN_TOKEN = 'local-admin-token';
const GATEWAY = `${EMULATOR_URL}/api/clusters/${WORKSPACE}/graphql`;
const CC_NAME = 'e2e-apibindings';

const CREATE_CC = /* GraphQL */ `
  mutation E2eCreateContentConfiguration($name: String!, $labels: StringMap_Input, $content: String!) {
    ui_platform_mesh_io {
      v1alpha1 {
        createContentConfiguration(
          object: { metadata: { name: $name, labels: $labels }, spec: { inlineConfiguration: { contentType: "json", content: $content } } }
        ) {
          metadata {
            name
          }
        }
      }
    }
  }
`;
const DELETE_CC = /* GraphQL */ `
  mutation E2eDeleteContentConfiguration($name: String!) {
    ui_platform_mesh_io {
      v1alpha1 {
        deleteContentConfiguration(name: $name)
      }
    }
  }
`;
const CREATE_BINDING = /* GraphQL */ `
  mutation E2eCreateAPIBinding($name: String!) {
    apis_kcp_io {
      v1alpha2 {
        createAPIBinding(object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) {
          metadata {
            name
          }
        }
      }
    }
  }
`;

/** The document of one node as the operator writes it for a tool (here for APIBindings), built like the emulator's. */
const content = toolContentDocument({
  tool: 'kro',
  contentConfiguration: CC_NAME,
  label: 'API Bindings',
  icon: 'chain-link',
  order: 100,
  pathSegment: 'apibindings',
  category: { id: 'e2e-kcp', label: 'KCP Resources', order: 850 },
  group: 'apis.kcp.io',
  version: 'v1alpha2',
  kind: 'APIBinding',
  plural: 'APIBindings',
  scope: 'Cluster',
});

async function gatewayCall(page: Page, query: string, variables: Record<string, unknown>): Promise<void> {
  const answer = await page.request.post(GATEWAY, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, data: { query, variables } });
  const body = (await answer.json()) as { errors?: { message: string }[] };
  expect(body.errors ?? [], `${query.trim().split('(')[0]} ${JSON.stringify(variables)}`).toEqual([]);
}

/** Luigi's reload of the navigation, as the product's Refresh calls it (src/portal/luigi-host.ts). */
async function refreshNavigation(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { Luigi: { configChanged(scope: string): void } }).Luigi.configChanged('navigation'));
}

test('a ContentConfiguration of the account adds a live generic list page on refresh and goes again on removal', async ({
  page,
  portal,
  saveScreenshot,
}) => {
  await portal.open('openmcp/overview');
  await expect(portal.navEntry('openmcp-overview')).toBeVisible();
  await expect(page.getByText('API Bindings')).toHaveCount(0);
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));

  await gatewayCall(page, CREATE_CC, {
    name: CC_NAME,
    labels: { 'ui.platform-mesh.io/entity': 'core_platform-mesh_io_account', 'ui.platform-mesh.io/content-for': 'e2e.example' },
    content: JSON.stringify(content),
  });
  // The configuration counts once the portal's validator marked it Ready; refresh until then, as a user would.
  await expect(async () => {
    await refreshNavigation(page);
    await expect(page.getByText('KCP Resources')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByText('API Bindings')).toBeVisible();
  await saveScreenshot('portal-navigation-1-configuration-added');

  await page.getByText('API Bindings').click();
  await expect.poll(() => portal.route()).toBe(`/${ACCOUNT}/openmcp/apibindings`);
  const view = page.frameLocator('iframe');
  await expect(view.getByTestId('resource-table')).toBeVisible();
  const rows = view.getByTestId('resource-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('opencp.cloud');
  await expect(view.getByTestId('resource-live-state')).toContainText('Live');
  await expect(view.getByRole('columnheader', { name: 'Namespace' })).toHaveCount(0);

  // Live: an object created elsewhere appears without any reload.
  await gatewayCall(page, CREATE_BINDING, { name: 'kro.services.opencp.cloud' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('kro.services.opencp.cloud'); // sorted by name
  await saveScreenshot('portal-navigation-2-generic-list');

  await portal.navEntry('openmcp-overview').click();
  await expect.poll(() => portal.route()).toBe(`/${ACCOUNT}/openmcp/overview`);
  await gatewayCall(page, DELETE_CC, { name: CC_NAME });
  await refreshNavigation(page);
  // The rebuilt navigation is back (the shipped pages) and no longer has the configuration's node.
  await expect(portal.navEntry('openmcp-kro')).toBeVisible();
  await expect(page.getByText('KCP Resources')).toHaveCount(0);
  await expect(page.getByText('API Bindings')).toHaveCount(0);
  await saveScreenshot('portal-navigation-3-configuration-removed');
  expect(loads, 'full page loads after the first').toHaveLength(0);
});
