import { formatDuration, timeTexts } from './relative-time';

describe('timeTexts', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');

  it('says how long ago in the largest whole unit, in the locale', () => {
    expect(timeTexts('2026-11-29T11:57:00Z', now, 'en')?.relative).toBe('3 minutes ago');
    expect(timeTexts('2026-11-29T11:57:00Z', now, 'de')?.relative).toBe('vor 3 Minuten');
    expect(timeTexts('2026-11-29T11:59:30Z', now, 'en')?.relative).toBe('30 seconds ago');
    expect(timeTexts('2026-11-29T09:00:00Z', now, 'en')?.relative).toBe('3 hours ago');
    expect(timeTexts('2026-11-28T11:00:00Z', now, 'en')?.relative).toBe('yesterday');
    expect(timeTexts('2026-11-29T12:00:00Z', now, 'en')?.relative).toBe('now');
  });

  it('gives the absolute time for the tooltip with Intl.DateTimeFormat', () => {
    const at = '2026-11-29T11:57:00Z';
    expect(timeTexts(at, now, 'de')?.absolute).toBe(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'medium' }).format(Date.parse(at)),
    );
    expect(timeTexts(at, now, 'en')?.absolute).toContain('2026');
  });

  it('gives nothing for a missing or broken timestamp', () => {
    expect(timeTexts(null, now, 'en')).toBeNull();
    expect(timeTexts('yesterday-ish', now, 'en')).toBeNull();
  });
});

describe('formatDuration', () => {
  it('formats elapsed whole seconds with Intl units', () => {
    expect(formatDuration(65_400, 'en')).toBe('1 min, 5 sec');
    expect(formatDuration(3_725_000, 'en')).toBe('1 hr, 2 min, 5 sec');
    expect(formatDuration(0, 'en')).toBe('0 sec');
    expect(formatDuration(5_000, 'de')).toBe('5 Sek.');
  });

  it('with Intl.DurationFormat (Chromium), shows the non-zero units and "0 sec" for zero, which it hides by default', () => {
    const created: Array<{ options: object; value: object }> = [];
    class FakeDurationFormat {
      constructor(
        _locale: string,
        private readonly options: { secondsDisplay?: string },
      ) {}
      format(value: Record<string, number>): string {
        created.push({ options: this.options, value });
        const units = Object.entries(value).filter(([, n]) => n > 0 || this.options.secondsDisplay === 'always');
        return units.map(([unit, n]) => `${n} ${unit}`).join(', ');
      }
    }
    const intl = Intl as unknown as { DurationFormat?: unknown };
    intl.DurationFormat = FakeDurationFormat;
    try {
      expect(formatDuration(0, 'en')).toBe('0 seconds');
      expect(formatDuration(65_400, 'en')).toBe('1 minutes, 5 seconds');
      expect(created.map((c) => c.value)).toEqual([{ seconds: 0 }, { minutes: 1, seconds: 5 }]);
    } finally {
      delete intl.DurationFormat;
    }
  });
});
