/**
 * Fault × step matrix for one tool (KRO), driven by the emulator's fault injection: for every row the user sees a
 * message within 5 s of the failure, their input is kept, the offered way forward (Retry, else Dismiss and the
 * action again) works once the fault is lifted, and the page logs no console error. Plus a watch that fails on
 * every reconnect, and two tabs racing each other.
 */
import type { OnboardingStep } from '../projects/onboarding/src/flow/onboarding-state';
import type { FaultSpec } from '../projects/gateway-emulator/src/faults/fault-injector';
import { tool, versionsOldestFirst } from './catalog';
import { WORKSPACE } from './e2e-env';
import { OperationLog } from './operation-log';
import { expect, test } from './fixtures';
import type { GatewayWriter } from './gateway-writer';
import { PortalPage } from './pages/portal.page';
import { ToolPage } from './pages/tool.page';

const kro = tool('kro');
const [older, newest] = [versionsOldestFirst(kro)[0], versionsOldestFirst(kro).at(-1)!];
/** How soon a failure must be on screen (ms). */
const VISIBLE_WITHIN_MS = 5_000;

interface Fault {
  readonly name: string;
  /** The fault for one real request of `operationName` (not a dry run of the page's checks), used once. */
  readonly spec: (operationName: string) => FaultSpec;
}

const FAULTS: readonly Fault[] = [
  { name: 'HTTP 503', spec: (operationName) => ({ type: 'http-status', status: 503, operationName, dryRun: false, times: 1 }) },
  { name: 'HTTP 504', spec: (operationName) => ({ type: 'http-status', status: 504, operationName, dryRun: false, times: 1 }) },
  { name: 'HTTP 429', spec: (operationName) => ({ type: 'http-status', status: 429, operationName, dryRun: false, times: 1 }) },
  {
    name: 'GraphQL error',
    spec: (operationName) => ({ type: 'graphql-error', operationName, dryRun: false, message: 'etcdserver: request timed out', times: 1 }),
  },
  { name: 'dropped connection', spec: (operationName) => ({ type: 'drop-connection', operationName, dryRun: false, times: 1 }) },
];

interface Step {
  readonly name: string;
  /** The operation the fault hits. */
  readonly operationName: string;
  /** Brings the workspace (and the page, when `open` is false) to the state before the action. */
  readonly prepare: (gateway: GatewayWriter) => Promise<void>;
  /** The step the page opens at before the fault is added; null: the action itself opens the page. */
  readonly openAt: OnboardingStep | null;
  /** The user's action that meets the fault; returns a check that the user's input is still shown. */
  readonly act: (page: ToolPage, portal: PortalPage) => Promise<(() => Promise<void>) | null>;
  /** The same action again after Dismiss, with what the page kept (e.g. the form's input). */
  readonly again: (page: ToolPage, portal: PortalPage) => Promise<void>;
  /** Where the page ends once the action went through. */
  readonly done: (page: ToolPage) => Promise<void>;
}

const STEPS: readonly Step[] = [
  {
    name: 'first load',
    operationName: 'ToolState',
    prepare: (gateway) => gateway.createBinding('kro'),
    openAt: null,
    act: async (_page, portal) => {
      await portal.open(`openmcp/${kro.pathSegment}`);
      return null;
    },
    again: (_page, portal) => portal.open(`openmcp/${kro.pathSegment}`),
    done: (page) => expect(page.status).toHaveAttribute('data-step', 'configure'),
  },
  {
    name: 'activate',
    operationName: 'CreateAPIBinding',
    prepare: async () => undefined,
    openAt: 'not-activated',
    act: async (page) => {
      await page.activate();
      return null;
    },
    again: (page) => page.activate(),
    done: (page) => expect(page.status).toHaveAttribute('data-step', 'configure', { timeout: 20_000 }),
  },
  {
    name: 'configure',
    operationName: 'CreateKRO',
    prepare: (gateway) => gateway.createBinding('kro'),
    openAt: 'configure',
    act: async (page) => {
      await page.chooseVersion(older);
      await page.submitConfiguration();
      return () => expect(page.yamlPreview).toContainText(`version: ${older}`);
    },
    again: (page) => page.submitConfiguration(),
    done: async (page) => {
      await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
      await expect(page.installedVersion).toHaveText(older);
    },
  },
  {
    name: 'upgrade',
    operationName: 'UpdateKRO',
    prepare: async (gateway) => {
      await gateway.createBinding('kro');
      await gateway.createKro(older);
    },
    openAt: 'ready',
    act: async (page) => {
      await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
      await page.startUpgrade();
      await page.chooseVersion(newest);
      await page.submitUpgrade();
      return () => expect(page.yamlPreview).toContainText(`version: ${newest}`);
    },
    again: (page) => page.submitUpgrade(),
    done: (page) => expect(page.installedVersion).toHaveText(newest, { timeout: 20_000 }),
  },
  {
    name: 'deactivate',
    operationName: 'DeleteAPIBinding',
    prepare: async (gateway) => {
      await gateway.createBinding('kro');
      await gateway.createKro(older);
    },
    openAt: 'ready',
    act: async (page, portal) => {
      await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
      await page.startDeactivation();
      await portal.confirm();
      return null;
    },
    again: async (page, portal) => {
      await page.startDeactivation();
      await portal.confirm();
    },
    done: (page) => expect(page.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 }),
  },
];

/**
 * Rows the current flow does not pass, each with what the user met instead in the run that found it; the flow's
 * rewrite works on them. Skipped (`test.fixme`) rather than expected to fail: under load some of them pass now
 * and then, which would turn an expected failure red. Remove a row once the flow handles it.
 */
/** `FAULT_MATRIX_ALL=1` runs the known-failing rows too (to check a flow change against the whole matrix). */
const RUN_KNOWN_FAILING = process.env['FAULT_MATRIX_ALL'] === '1';
const KNOWN_FAILING: Readonly<Record<string, string>> = {};

test.describe('fault × step (KRO)', () => {
  for (const step of STEPS) {
    for (const fault of FAULTS) {
      const row = `${step.name} × ${fault.name}`;
      test(row, async ({ portal, toolPage, emulator, gateway, consoleWatch, saveScreenshot }) => {
        test.fixme(row in KNOWN_FAILING && !RUN_KNOWN_FAILING, KNOWN_FAILING[row]);
        // Chromium logs each failed response and dropped connection itself; these are the injected ones.
        consoleWatch.allow(/status of (429|503|504)|net::ERR_/);
        const page = toolPage('kro');
        await step.prepare(gateway);
        if (step.openAt) {
          await portal.open(`openmcp/${kro.pathSegment}`);
          await expect(page.status).toHaveAttribute('data-step', step.openAt, { timeout: 20_000 });
        }
        await emulator.addFault(fault.spec(step.operationName));
        const log = new OperationLog();
        const inputKept = await step.act(page, portal);

        // The 5 s count from the failed request (the emulator logs it when it answers), not from the click.
        await expect
          .poll(() => log.since(step.operationName).length, { message: `${step.operationName} was sent`, timeout: 20_000 })
          .toBeGreaterThan(0);
        await expect(page.errorMessage, 'the failure is on screen').toBeVisible({ timeout: VISIBLE_WITHIN_MS });
        await saveScreenshot(`fault-${step.name}-${fault.name}`.replace(/[^a-z0-9-]+/gi, '-'));
        await inputKept?.();

        const retry = page.root.getByTestId('retry');
        if (await retry.isVisible()) {
          await retry.click();
        } else {
          await page.root.getByTestId('dismiss-error').click();
          await step.again(page, portal);
        }
        await step.done(page);
        await expect(page.errorMessage).toHaveCount(0);
      });
    }
  }
});

test.describe('a watch that fails on every reconnect (KRO)', () => {
  test('says so within 5 s, keeps the last state and recovers when the gateway is back', async ({
    portal,
    toolPage,
    emulator,
    gateway,
    consoleWatch,
  }) => {
    consoleWatch.allow(/status of 503|net::ERR_/);
    await emulator.reset({ toolReadyMs: 3_000 });
    await gateway.createBinding('kro');
    await gateway.createKro(older);
    const page = toolPage('kro');
    await emulator.addFault({ type: 'http-status', status: 503, operationName: 'WatchKROs', times: 1_000 });
    await portal.open(`openmcp/${kro.pathSegment}`);
    await expect(page.status).toHaveAttribute('data-step', 'installing');

    // The reconnecting notice itself: the Ready panel's "Update available" strip is no such notice.
    const notice = page.root.getByTestId('reconnecting');
    await expect(notice, 'a notice that the live view is broken').toBeVisible({ timeout: VISIBLE_WITHIN_MS });
    await expect(page.status).toHaveAttribute('data-step', 'installing');

    await emulator.clearFaults();
    await expect(page.status).toHaveAttribute('data-step', 'ready', { timeout: 35_000 });
    await expect(notice).toHaveCount(0);
  });
});

test.describe('two tabs', () => {
  test('both activate: one APIBinding, both reach configure without an error', async ({ page: first, emulator }) => {
    const second = await first.context().newPage();
    const [a, b] = [new ToolPage(first, kro.tagName), new ToolPage(second, kro.tagName)];
    await Promise.all([
      new PortalPage(first).open(`openmcp/${kro.pathSegment}`),
      new PortalPage(second).open(`openmcp/${kro.pathSegment}`),
    ]);
    await expect(a.status).toHaveAttribute('data-step', 'not-activated');
    await expect(b.status).toHaveAttribute('data-step', 'not-activated');
    // Each tab's Activate at once. The other tab's binding can reach a tab (through its watch) before its click
    // lands: the button is gone then, which is the expected following, so only a tab still not activated fails.
    const activateUnlessFollowed = (tab: ToolPage) =>
      tab.activateButton.click({ timeout: 5_000 }).catch(async (error: unknown) => {
        if ((await tab.status.getAttribute('data-step')) === 'not-activated') throw error;
      });
    await Promise.all([activateUnlessFollowed(a), activateUnlessFollowed(b)]);

    for (const tab of [a, b]) {
      await expect(tab.status).toHaveAttribute('data-step', 'configure', { timeout: 20_000 });
      await expect(tab.errorMessage).toHaveCount(0);
    }
    const bindings = await emulator.objects(WORKSPACE, 'APIBinding');
    expect(bindings.filter((binding) => binding.metadata.name === kro.exportName)).toHaveLength(1);
  });

  test('both install different versions: the tab that lost the race is told, not silently switched', async ({
    page: first,
    gateway,
    emulator,
  }) => {
    await gateway.createBinding('kro');
    const second = await first.context().newPage();
    const [a, b] = [new ToolPage(first, kro.tagName), new ToolPage(second, kro.tagName)];
    await Promise.all([
      new PortalPage(first).open(`openmcp/${kro.pathSegment}`),
      new PortalPage(second).open(`openmcp/${kro.pathSegment}`),
    ]);
    await expect(a.status).toHaveAttribute('data-step', 'configure');
    await expect(b.status).toHaveAttribute('data-step', 'configure');
    await a.chooseVersion(older);
    await b.chooseVersion(newest);
    // Each tab's Install at once. The other tab's object can reach a tab (through its watch) before its click lands:
    // its form is gone then and it follows the installation, so only a tab still at configure fails the click.
    const followed = new Set<ToolPage>();
    const submitUnlessFollowed = (tab: ToolPage) =>
      tab.root
        .getByTestId('configure-submit')
        .click({ timeout: 5_000 })
        .catch(async (error: unknown) => {
          if ((await tab.status.getAttribute('data-step')) === 'configure') throw error;
          followed.add(tab);
        });
    await Promise.all([submitUnlessFollowed(a), submitUnlessFollowed(b)]);

    await expect.poll(async () => (await emulator.objects(WORKSPACE, kro.resource.kind)).length).toBe(1);
    const [stored] = await emulator.objects(WORKSPACE, kro.resource.kind);
    const [winner, loser] = stored.spec?.['version'] === older ? [older, newest] : [newest, older];
    const lost = winner === older ? b : a;
    await expect(lost.root.getByText(winner).first(), 'the losing tab names the version someone else installed').toBeVisible({
      timeout: VISIBLE_WITHIN_MS,
    });
    if (!followed.has(lost)) await expect(lost.root.getByText(loser).first(), 'and keeps its own choice').toBeVisible();
  });

  test('upgrade open in one tab, deactivated in the other: the first follows within 5 s', async ({ page: first, gateway, portal }) => {
    await gateway.createBinding('kro');
    await gateway.createKro(older);
    const second = await first.context().newPage();
    const [a, b] = [new ToolPage(first, kro.tagName), new ToolPage(second, kro.tagName)];
    await portal.open(`openmcp/${kro.pathSegment}`);
    const secondPortal = new PortalPage(second);
    await secondPortal.open(`openmcp/${kro.pathSegment}`);
    await expect(a.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await expect(b.status).toHaveAttribute('data-step', 'ready', { timeout: 20_000 });
    await a.startUpgrade();
    await expect(a.configureForm).toHaveAttribute('data-mode', 'upgrade');

    await b.startDeactivation();
    await secondPortal.confirm();
    await expect(b.status).toHaveAttribute('data-step', 'not-activated', { timeout: 20_000 });
    await expect(a.status).toHaveAttribute('data-step', 'not-activated', { timeout: VISIBLE_WITHIN_MS });
    await expect(a.configureForm).toHaveCount(0);
    await expect(a.activateButton).toBeEnabled();
  });
});
