import { resolveLocale, type LocalizedText, type SupportedLocale } from '@opencp/onboarding';
import { DE } from './de';
import { EN } from './en';
import type { Texts } from './texts';

export type { FailureKind, Texts } from './texts';

const DICTIONARIES: Readonly<Record<SupportedLocale, Texts>> = { en: EN, de: DE };

/** The dictionary of a (Luigi) locale such as `de-DE`; English as fallback (`resolveLocale` of the domain). */
export function textsFor(locale: string | null | undefined): Texts {
  return DICTIONARIES[resolveLocale(locale)];
}

/** Picks a catalog text in the locale, falling back to English (catalog `LocalizedText`). */
export function localized(text: LocalizedText, locale: SupportedLocale): string {
  return (locale === 'de' ? text.de : undefined) ?? text.en;
}
