/**
 * Writes the onboarding chart (generated from `src/flow/chart/chart.ts`) into `projects/onboarding/README.md`
 * between its chart markers. Run after every change of the chart: `npx tsx projects/onboarding/scripts/write-chart-readme.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withChart } from './chart-readme';

const readme = join(__dirname, '../README.md');
writeFileSync(readme, withChart(readFileSync(readme, 'utf8')));
console.log('chart written to projects/onboarding/README.md');
