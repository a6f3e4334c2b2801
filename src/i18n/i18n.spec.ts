import type { MountedComponent, Mounter } from '../deferred-element';

/**
 * German texts on demand. Each test loads `i18n.ts` afresh (`jest.isolateModules`): the test setup has already loaded
 * German into the shared module for the component specs.
 */
type I18n = typeof import('./i18n');
type MountAfterTexts = typeof import('./mount-after-texts');

type Texts = import('./texts').Texts;

function freshModules(): { i18n: I18n; mountAfterTexts: MountAfterTexts['mountAfterTexts']; EN: Texts; DE: Texts } {
  let modules!: ReturnType<typeof freshModules>;
  jest.isolateModules(() => {
    modules = {
      i18n: jest.requireActual<I18n>('./i18n'),
      mountAfterTexts: jest.requireActual<MountAfterTexts>('./mount-after-texts').mountAfterTexts,
      EN: jest.requireActual<typeof import('./en')>('./en').EN,
      DE: jest.requireActual<typeof import('./de')>('./de').DE,
    };
  });
  return modules;
}

const luigiClient = (locale: string) => ({ getCurrentLocale: () => locale });

describe('texts on demand', () => {
  it('gives English until the German chunk is loaded, then German; English needs no load', async () => {
    const { i18n, EN, DE } = freshModules();
    expect(i18n.loadTexts('en-US')).toBeNull();
    expect(i18n.textsFor('de-DE')).toBe(EN);

    const loading = i18n.loadTexts('de-DE');
    expect(loading).toBeInstanceOf(Promise);
    expect(i18n.loadTexts('de_CH')).toBe(loading); // one load per locale
    await loading;

    // The chunk's module instance may differ from the one required above (module registry): compare texts.
    expect(i18n.textsFor('de-DE').steps).toEqual(DE.steps);
    expect(i18n.textsFor('de-DE').loading).toBe(DE.loading);
    expect(i18n.loadTexts('de')).toBeNull();
  });

  it('keeps an element hidden while its German texts load, mounting it at once', async () => {
    const { mountAfterTexts } = freshModules();
    const component: MountedComponent = { setInput: jest.fn(), destroy: jest.fn() };
    const mount = jest.fn<MountedComponent, Parameters<Mounter>>(() => component);
    const render = jest.fn(() => expect(host.style.visibility).toBe('hidden'));
    const host = document.createElement('div');

    const mounted = mountAfterTexts(mount, render)(host, new Map([['LuigiClient', luigiClient('de')]]));

    expect(mounted).toBe(component);
    expect(mount).toHaveBeenCalledTimes(1); // the first GraphQL request does not wait for the texts
    expect(host.style.visibility).toBe('hidden');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.resolve();
    expect(render).toHaveBeenCalledTimes(1); // German drawn before the element is shown
    expect(host.style.visibility).toBe('');
  });

  it('shows English elements and those without a LuigiClient at once', () => {
    const { mountAfterTexts } = freshModules();
    const render = jest.fn();
    for (const inputs of [new Map([['LuigiClient', luigiClient('en')]]), new Map<string, unknown>()]) {
      const host = document.createElement('div');
      mountAfterTexts(() => ({ setInput: jest.fn(), destroy: jest.fn() }), render)(host, inputs);
      expect(host.style.visibility).toBe('');
    }
    expect(render).not.toHaveBeenCalled();
  });
});
