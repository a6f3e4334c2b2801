import { EMULATOR_TIMINGS, EmulatorTimings, PortalSettings, PortalUser } from '../settings/portal-settings';

/** Locales the elements ship texts for (docs/onboarding-ui.md §3); others fall back to English. */
export const LOCALES = ['en', 'de'] as const;

/** What the page URL asks for: `?user=admin|readonly&timings=fast|demo&locale=en|de`. */
export interface PageChoice {
  user: PortalUser;
  /** Requested emulator timings, when given and different from the emulator's current ones. */
  timings?: EmulatorTimings;
  locale: (typeof LOCALES)[number];
}

/**
 * Reads the page's URL parameters against the server settings. Unknown values fall back to the first user,
 * the current timings and English, and are listed in `ignored` so the page can say so.
 */
export function pageChoice(search: string, settings: PortalSettings): PageChoice & { ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const userId = params.get('user');
  const user = settings.users.find((candidate) => candidate.id === userId);
  if (userId !== null && !user) ignored.push(`user=${userId}`);

  const requested = params.get('timings');
  const timings = EMULATOR_TIMINGS.find((candidate) => candidate === requested);
  if (requested !== null && (!timings || settings.mode !== 'emulator')) ignored.push(`timings=${requested}`);

  const wanted = params.get('locale');
  const locale = LOCALES.find((candidate) => candidate === wanted);
  if (wanted !== null && !locale) ignored.push(`locale=${wanted}`);

  return {
    user: user ?? settings.users[0],
    ...(timings && settings.mode === 'emulator' && timings !== settings.timings ? { timings } : {}),
    locale: locale ?? 'en',
    ignored,
  };
}

/** Same page with one parameter changed, keeping the others and the Luigi route (hash). */
export function withParameter(href: string, name: string, value: string): string {
  const url = new URL(href);
  url.searchParams.set(name, value);
  return url.toString();
}
