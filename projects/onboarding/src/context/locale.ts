/** Locales with texts; `en` is the fallback. */
export type SupportedLocale = 'en' | 'de';

/**
 * Maps `LuigiClient.getCurrentLocale()` (e.g. `de`, `de-DE`, `de_CH`, `EN`) to a supported locale;
 * anything else, including null or blank, gives `en`.
 */
export function resolveLocale(locale: string | null | undefined): SupportedLocale {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'de' ? 'de' : 'en';
}
