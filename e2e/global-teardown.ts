import { existsSync, readdirSync } from 'node:fs';
import { SCREENSHOT_DIR } from './e2e-env';

/** Prints where the screenshots of the main states are. */
export default function globalTeardown(): void {
  const count = existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR).filter((file) => file.endsWith('.png')).length : 0;
  console.log(`\nScreenshots of the main states (${count}): ${SCREENSHOT_DIR}\n`);
}
