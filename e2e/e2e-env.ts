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
/** The README's overview screenshot, refreshed when DOCS_SCREENSHOTS=1. */
export const DOCS_OVERVIEW_PNG = resolve(__dirname, '../docs/overview.png');
/** Every request the emulator answers during the run (JSON Lines), for assertions on what the UI sent. */
export const OPERATION_LOG = resolve(__dirname, '../test-results/e2e-gateway-operations.jsonl');
