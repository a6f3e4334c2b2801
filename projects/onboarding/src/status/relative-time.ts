/** Units `relativeTime` chooses from, largest first, with their length in ms. */
const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** A point in time for people: relative ("3 minutes ago") and absolute (tooltip, accessible name). */
export interface TimeTexts {
  readonly relative: string;
  readonly absolute: string;
}

/**
 * A Kubernetes timestamp (RFC 3339, e.g. a condition's `lastTransitionTime`) relative to `now` (ms since the epoch)
 * with `Intl.RelativeTimeFormat` in the largest whole unit (day, hour, minute, second; "now" below one second), and
 * absolute with `Intl.DateTimeFormat` (medium date and time, the locale's time zone). Null for a missing or
 * unparsable timestamp.
 */
export function timeTexts(timestamp: string | null | undefined, now: number, locale: string): TimeTexts | null {
  const at = timestamp ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(at)) return null;
  const difference = at - now;
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(difference) >= ms) ?? ['second', 1_000];
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.trunc(difference / size), unit);
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
  return { relative, absolute };
}

/** `Intl.DurationFormat` where the runtime has it (not typed in every lib version). */
interface DurationFormatLike {
  format(duration: Record<string, number>): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: string; secondsDisplay?: 'always' | 'auto' }) => DurationFormatLike;

/**
 * An elapsed time ("1 min, 5 sec") for a running step, `ms` ≥ 0, whole seconds. `Intl.DurationFormat` (short style)
 * where available; else each unit with `Intl.NumberFormat` (unit style) joined by `Intl.ListFormat`.
 */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const shown = Object.fromEntries(Object.entries(parts).filter(([unit, value]) => value > 0 || (unit === 'seconds' && total === 0)));
    // Zero units are hidden by default ('auto'): without 'always' a zero duration formats as an empty string.
    return new DurationFormat(locale, { style: 'short', secondsDisplay: total === 0 ? 'always' : 'auto' }).format(shown);
  }
  const units = [
    ['hour', parts.hours],
    ['minute', parts.minutes],
    ['second', parts.seconds],
  ] as const;
  const texts = units
    .filter(([unit, value]) => value > 0 || (unit === 'second' && total === 0))
    .map(([unit, value]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value));
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(texts);
}
