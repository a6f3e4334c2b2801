import { EMULATOR_TIMINGS } from '../settings/portal-settings';
import { HOME_TAG, HomeContext } from './luigi-config';
import { LOCALES, withParameter } from './page-parameters';

/** The part of Luigi's web-component client this page uses (docs/platform.md §5.3). */
interface LuigiClientLike {
  linkManager(): { navigate(path: string): void };
}

const STYLE = `
  :host { display: block; padding: 1.5rem 2rem; font-family: var(--sapFontFamily, sans-serif); color: var(--sapTextColor, #1d2d3e); }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  label { display: inline-flex; gap: .5rem; align-items: center; margin-right: 1.5rem; }
  button, select { font: inherit; padding: .25rem .5rem; }
  code { background: #eef1f4; padding: 0 .25rem; }
  p { max-width: 60rem; line-height: 1.5; }
`;

/**
 * "Local portal" page: who you are (user switch), how fast the emulator is, which locale, links to the accounts'
 * OpenControlPlane overview, and how the real portal can load these nodes. Plain DOM, built with textContent.
 */
export class LocalPortalHome extends HTMLElement {
  #context?: HomeContext;
  #client?: LuigiClientLike;

  set context(value: { localPortal?: HomeContext }) {
    this.#context = value.localPortal;
    this.render();
  }

  set LuigiClient(value: LuigiClientLike) {
    this.#client = value;
  }

  connectedCallback(): void {
    this.render();
  }

  private render(): void {
    const context = this.#context;
    if (!context || !this.isConnected) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const { settings, choice, href } = context;
    const style = element('style', STYLE);
    const title = element('h1', 'OpenControlPlane onboarding · local portal');
    const intro = element(
      'p',
      settings.mode === 'emulator'
        ? 'This portal runs the real Luigi core with the shipped content configuration against the local gateway emulator. Changing the user, speed or locale reloads the page; changing the speed also resets the emulator to its seed.'
        : 'This portal runs the real Luigi core with the shipped content configuration against the gateway from GATEWAY_URL.',
    );

    const choices = element('p');
    choices.append(
      select(
        'User',
        settings.users.map((user) => [user.id, `${user.label} (${user.email || 'token'})`]),
        choice.user.id,
        'user',
        href,
      ),
      select(
        'Language',
        LOCALES.map((locale) => [locale, locale]),
        choice.locale,
        'locale',
        href,
      ),
    );
    if (settings.mode === 'emulator') {
      choices.append(
        select(
          'Emulator speed',
          EMULATOR_TIMINGS.map((timings) => [timings, timings]),
          settings.timings ?? 'demo',
          'timings',
          href,
        ),
      );
      const reset = element('button', 'Reset emulator');
      reset.addEventListener('click', () => this.resetEmulator(reset));
      choices.append(reset);
    }

    const accounts = element('ul');
    for (const account of settings.accounts) {
      const link = element('a', `${account.id}: OpenControlPlane overview`);
      link.setAttribute('href', `#/${account.id}/openmcp/overview`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#client?.linkManager().navigate(`/${account.id}/openmcp/overview`);
      });
      const item = element('li');
      item.append(link, element('span', ` (workspace ${account.path})`));
      accounts.append(item);
    }

    const devMode = element('p');
    devMode.append(
      'To load these nodes into a real Platform Mesh portal: user menu → Settings → Development, enable development mode and add ',
      element('code', `${new URL(href).origin}/assets/content-configuration.json`),
      '.',
    );
    root.replaceChildren(style, title, intro, choices, element('h2', 'Accounts'), accounts, element('h2', 'Real portal'), devMode);
  }

  private async resetEmulator(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const answer = await fetch('/local/emulator/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      button.textContent = answer.ok ? 'Emulator reset' : `Reset failed (${answer.status} ${await answer.text()}); try again`;
    } catch (error) {
      button.textContent = `Reset failed (${(error as Error).message}); is npm start still running?`;
    } finally {
      button.disabled = false;
    }
  }
}

/** Defines the home page element once (Luigi creates it directly when the tag exists, docs/platform.md §5.1). */
export function defineLocalPortalHome(): void {
  if (!customElements.get(HOME_TAG)) customElements.define(HOME_TAG, LocalPortalHome);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  return created;
}

function select(label: string, options: [string, string][], current: string, parameter: string, href: string): HTMLLabelElement {
  const wrapper = element('label', label);
  const control = element('select');
  control.dataset['testid'] = `local-${parameter}`;
  for (const [value, text] of options) {
    const option = element('option', text);
    option.value = value;
    option.selected = value === current;
    control.append(option);
  }
  control.addEventListener('change', () => window.location.assign(withParameter(href, parameter, control.value)));
  wrapper.append(control);
  return wrapper;
}
