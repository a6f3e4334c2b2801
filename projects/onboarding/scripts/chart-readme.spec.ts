import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_BEGIN, CHART_END, withChart } from './chart-readme';

const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');

describe('README chart', () => {
  it('equals the chart the code exports', () => {
    // A plain boolean first, so a mismatch reports the fix instead of a long diff.
    expect(withChart(readme) === readme ? 'current' : 'stale: run `npx tsx projects/onboarding/scripts/write-chart-readme.ts`').toBe(
      'current',
    );
  });

  it('names every mode and the busy guard', () => {
    const chart = readme.slice(readme.indexOf(CHART_BEGIN), readme.indexOf(CHART_END));
    for (const mode of ['initial', 'loading', 'load-failed', 'idle', 'upgrading', 'busy']) {
      expect(chart).toContain(`#### \`${mode}\``);
    }
    expect(chart).toContain('`configure` (a write is in flight: a second click sends nothing)');
  });
});
