import { rmSync } from 'node:fs';
import { SCREENSHOT_DIR } from './e2e-env';

/** Starts each run with an empty screenshot folder, so it shows exactly this run's states. */
export default function globalSetup(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
