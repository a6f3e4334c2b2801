import { chartRows } from '../src/flow/chart/chart';
import { MODES } from '../src/flow/chart/flow-state';

/** What each mode means (the README's list of states). */
export const MODE_MEANINGS: Readonly<Record<(typeof MODES)[number], string>> = {
  initial: 'created, `start()` not called yet',
  loading: 'the first snapshot (one ToolState request) is on its way',
  'load-failed': 'the first snapshot failed; Retry reads again',
  idle: 'loaded, streams open, no write in flight; the step follows from the platform (`deriveStep`)',
  upgrading: 'like idle, with the upgrade form open',
  busy: 'one write in flight (its action and stage in `write`); commands are ignored',
};

/** The rules applied after every transition of a loaded mode (`settle`), in order. */
export const SETTLE_RULES: readonly string[] = [
  'a binding seen ends a pending activation',
  'binding and resource both gone end a deactivation: pages wait `removed` [watch-pages, arm pages], [disarm delete]',
  'the bind deadline runs exactly while the step is `activating` ([arm bind] / [disarm bind]); once expired it is re-armed only by a new activation or after `not-activated`',
  'a failure whose goal the platform shows reached is cleared (not while busy)',
  "Ready after the user's configure/upgrade: pages wait `ready` [watch-pages, arm pages]",
  'upgrading falls back to idle when the step no longer allows an upgrade',
  "someone else's replaced binding gone: ours is created in the same transition (reduce)",
];

/**
 * The chart as Markdown, generated from `CHART` (the README embeds it; a test checks it is current): the modes,
 * the settle rules, then per mode the handled events (guards, next mode, [effects]) and the ignored ones with
 * their reason.
 */
export function renderChartTable(): string {
  const lines: string[] = ['| Mode | Meaning |', '| --- | --- |', ...MODES.map((mode) => `| \`${mode}\` | ${MODE_MEANINGS[mode]} |`), ''];
  lines.push('After every transition of a loaded mode:', '', ...SETTLE_RULES.map((rule, index) => `${index + 1}. ${rule}`), '');
  for (const mode of MODES) {
    const rows = chartRows().filter((row) => row.mode === mode);
    lines.push(`#### \`${mode}\``, '', '| Event | Transition |', '| --- | --- |');
    for (const row of rows) {
      if (!('ignored' in row.entry)) {
        lines.push(`| \`${row.event}\` | ${row.entry.does} |`);
      }
    }
    const ignored = rows.flatMap((row) => ('ignored' in row.entry ? [`\`${row.event}\` (${row.entry.ignored})`] : []));
    lines.push('', `Ignored: ${ignored.join(', ')}.`, '');
  }
  return lines.join('\n');
}
