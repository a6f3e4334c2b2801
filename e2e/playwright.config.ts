import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { GATEWAY_PORT, OPERATION_LOG, PORTAL_PORT, PORTAL_URL } from './e2e-env';

/**
 * End-to-end tests: Debian Chromium against the local portal and gateway emulator, both started once per run by
 * the webServer below (the production bundle is built first), on dedicated ports. One worker: 2-core machines.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  // One retry in CI only: a 2-core machine under load can miss an expect timeout; a retried pass is reported as
  // "flaky" in npm test's summary, never hidden.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../test-results/e2e',
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL: PORTAL_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: [
      'node_modules/.bin/tsx projects/portal/src/cli.ts',
      `--port ${PORTAL_PORT} --gateway-port ${GATEWAY_PORT} --timings fast`,
      `--configuration production --log-operations ${OPERATION_LOG}`,
    ].join(' '),
    cwd: resolve(__dirname, '..'),
    url: `${PORTAL_URL}/local/settings.json`,
    reuseExistingServer: false,
    // Includes the production build of the elements (about a minute on two cores).
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
