/**
 * Entry of the local portal page: reads the server's settings and the shipped content document, applies the URL's
 * choices (user, emulator speed, locale) and starts Luigi core with navigation generated from the document and the
 * accounts' ContentConfigurations (account-navigation.ts).
 */
import type { ContentDocument } from '../content/content-document';
import type { PortalSettings } from '../settings/portal-settings';
import { accountNavigation } from './account-navigation';
import { defineLocalPortalHome } from './local-portal-home';
import { luigiConfig } from './luigi-config';
import { translatedDocument } from '../navigation/luigi-navigation';
import { pageChoice } from './page-parameters';

/** Luigi core's global (loaded by /luigi/luigi.js before this module). */
declare const Luigi: {
  setConfig(config: Record<string, unknown>): void;
  getGlobalContext(): { token?: string };
  i18n(): { setCurrentLocale(locale: string): void };
  ux(): { showAlert(settings: { text: string; type: string }): Promise<void> };
};

async function fetchJson<T>(path: string): Promise<T> {
  const answer = await fetch(path);
  if (!answer.ok) throw new Error(`GET ${path} answered ${answer.status}`);
  return (await answer.json()) as T;
}

async function startPortal(): Promise<void> {
  const [settings, document] = await Promise.all([
    fetchJson<PortalSettings>('/local/settings.json'),
    fetchJson<ContentDocument>('/assets/content-configuration.json'),
  ]);
  const choice = pageChoice(window.location.search, settings);
  if (choice.timings) {
    const answer = await fetch('/local/emulator/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ timings: choice.timings }),
    });
    if (!answer.ok) throw new Error(`switching the emulator to "${choice.timings}" failed: ${answer.status} ${await answer.text()}`);
    settings.timings = choice.timings;
  }
  defineLocalPortalHome();
  // The account pages carry the shipped document's nodes too: in the page's language, like the portal shows them.
  const accountLoader = accountNavigation(translatedDocument(document, choice.locale), {
    token: () => Luigi.getGlobalContext().token ?? choice.user.token,
    warn: (text) => void Luigi.ux().showAlert({ text, type: 'warning' }),
  });
  const config = luigiConfig(settings, document, choice, window.location.href, accountLoader);
  // Luigi's alert API exists only once the configuration is initialised.
  config['lifecycleHooks'] = {
    luigiAfterInit: () => {
      if (choice.ignored.length > 0) {
        void Luigi.ux().showAlert({ text: `Ignored URL parameters: ${choice.ignored.join(', ')}`, type: 'warning' });
      }
    },
  };
  Luigi.setConfig(config);
  Luigi.i18n().setCurrentLocale(choice.locale);
}

startPortal().catch((error: Error) => {
  // Without Luigi there is no alert API: show the reason in the page itself.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The local portal could not start: ${error.message}. Check the npm start output and reload.`;
  document.body.append(message);
  throw error;
});
