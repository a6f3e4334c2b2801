import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, DOCS_SCREENSHOTS, SCREENSHOT_DIR, WORKSPACE } from './e2e-env';
import { EmulatorAdmin } from './emulator-admin';
import { GatewayWriter } from './gateway-writer';
import { OverviewPage } from './pages/overview.page';
import { PortalPage } from './pages/portal.page';
import { ToolPage } from './pages/tool.page';
import { tool } from './catalog';

/** Console errors and uncaught exceptions of the page; a test may allow specific, expected messages. */
export interface ConsoleWatch {
  /** Allows console errors matching `pattern` (e.g. the browser's own log line of a deliberately dropped request). */
  allow(pattern: RegExp): void;
}

interface Fixtures {
  emulator: EmulatorAdmin;
  gateway: GatewayWriter;
  portal: PortalPage;
  overview: OverviewPage;
  /** The onboarding element of a catalog tool. */
  toolPage: (toolId: string) => ToolPage;
  consoleWatch: ConsoleWatch;
  /** Saves a screenshot of the page as `e2e/screenshots/<name>.png`. */
  saveScreenshot: (name: string) => Promise<void>;
  /** axe-core on one element (tag name): fails on serious or critical violations. */
  expectAccessible: (tagName: string, state: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // Reset before the page exists, so every test starts from the seed with fast timings and no faults.
  emulator: [
    async ({ request }, use) => {
      const admin = new EmulatorAdmin(request);
      await admin.reset();
      await use(admin);
    },
    { auto: true },
  ],
  gateway: async ({ request }, use) => use(new GatewayWriter(request, WORKSPACE)),
  portal: async ({ page }, use) => use(new PortalPage(page)),
  overview: async ({ page }, use) => use(new OverviewPage(page)),
  toolPage: async ({ page }, use) => use((toolId: string) => new ToolPage(page, tool(toolId).tagName)),

  consoleWatch: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
      });
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      expect(unexpected, 'console errors and uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],

  saveScreenshot: async ({ page }, use) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(async (name) => {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      const docsFile = DOCS_SCREENSHOTS[name];
      if (docsFile && process.env['DOCS_SCREENSHOTS'] === '1') copyFileSync(path, join(DOCS_DIR, docsFile));
    });
  },

  expectAccessible: async ({ page }, use) => {
    await use(async (tagName, state) => {
      // @axe-core/playwright types its Page from its own playwright-core copy; at runtime it only calls page.evaluate & co.
      const axePage = page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'];
      const results = await new AxeBuilder({ page: axePage }).include(tagName).analyze();
      const severe = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      expect(severe, `axe-core serious/critical violations in ${tagName}, state "${state}"`).toEqual([]);
    });
  },
});

export { expect };
