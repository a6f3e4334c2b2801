/**
 * Ports and URLs of the e2e run: dedicated ports (not the 4200/3000 of a developer's `npm start`),
 * overridable with E2E_PORTAL_PORT / E2E_GATEWAY_PORT.
 */
import { resolve } from 'node:path';

export const PORTAL_PORT = Number(process.env['E2E_PORTAL_PORT'] ?? 4901);
export const GATEWAY_PORT = Number(process.env['E2E_GATEWAY_PORT'] ?? 3901);
export const PORTAL_URL = `http://127.0.0.1:${PORTAL_PORT}`;
/** The emulator's admin API (loopback, no auth; docs/local-platform.md §4). */
export const EMULATOR_URL = `http://127.0.0.1:${GATEWAY_PORT}`;
/** Account workspace the specs drive. */
export const WORKSPACE = 'root:orgs:demo:team-a';
export const ACCOUNT = 'team-a';
/** Where each main state's screenshot goes (gitignored). */
export const SCREENSHOT_DIR = resolve(__dirname, 'screenshots');
/**
 * The README's screenshots: e2e screenshot name → file in `docs/`, copied there by `saveScreenshot` when
 * DOCS_SCREENSHOTS=1 (`DOCS_SCREENSHOTS=1 npm run test:e2e`).
 */
export const DOCS_SCREENSHOTS: Readonly<Record<string, string>> = {
  overview: 'overview.png',
  'guided-1-installing-steps': 'steps.png',
  'guided-3-change-version-diff': 'change-version.png',
  'permissions-1-read-only-tool-page': 'read-only.png',
};
export const DOCS_DIR = resolve(__dirname, '../docs');
/** Every request the emulator answers during the run (JSON Lines), for assertions on what the UI sent. */
export const OPERATION_LOG = resolve(__dirname, '../test-results/e2e-gateway-operations.jsonl');
