import { signal } from '@angular/core';
import { resolveLocale, type LocalizedText, type SupportedLocale } from '@opencp/onboarding';
import { EN } from './en';
import type { Texts } from './texts';

export type { FailureKind, Texts } from './texts';

/**
 * Dictionaries loaded so far. English is bundled; German (`de.ts`, ~12 kB raw) is a chunk of its own that only
 * German users download ({@link loadTexts}).
 */
const loaded = signal<Readonly<Partial<Record<SupportedLocale, Texts>>>>({ en: EN });
const loading = new Map<SupportedLocale, Promise<void>>();
/** One chunk per locale besides English; a new `SupportedLocale` fails to compile until it has one. */
const LOADERS: Readonly<Record<Exclude<SupportedLocale, 'en'>, () => Promise<Texts>>> = {
  de: () => import('./de').then((module) => module.DE),
};

/**
 * The dictionary of a (Luigi) locale such as `de-DE` (`resolveLocale` of the domain), English while it is not loaded
 * yet; a signal read, so a `computed` calling it follows the load. A new element stays hidden until its locale's
 * dictionary is there (`mountAfterTexts`): English shows only when the portal switches the language of a mounted
 * element, until the new dictionary arrives.
 */
export function textsFor(locale: string | null | undefined): Texts {
  return loaded()[resolveLocale(locale)] ?? EN;
}

/**
 * Starts loading the dictionary of `locale` once.
 * @returns null when it is already loaded, else a promise that resolves when it is (never rejects: a failed load is
 *   logged, the texts stay English, and the next call tries again)
 */
export function loadTexts(locale: string | null | undefined): Promise<void> | null {
  const supported = resolveLocale(locale);
  if (supported === 'en' || loaded()[supported]) return null;
  let pending = loading.get(supported);
  if (!pending) {
    pending = LOADERS[supported]().then(
      (texts) => loaded.update((dictionaries) => ({ ...dictionaries, [supported]: texts })),
      (error: unknown) => {
        loading.delete(supported);
        console.error(
          `openmcp onboarding elements: loading the texts of locale "${supported}" failed, showing English; reload the page to retry`,
          error,
        );
      },
    );
    loading.set(supported, pending);
  }
  return pending;
}

/** Picks a catalog text in the locale, falling back to English (catalog `LocalizedText`). */
export function localized(text: LocalizedText, locale: SupportedLocale): string {
  return (locale === 'de' ? text.de : undefined) ?? text.en;
}
