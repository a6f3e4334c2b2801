import type { Mounter } from '../deferred-element';
import type { LuigiClientLike } from '../portal/luigi-client';
import { LuigiHost } from '../portal/luigi-host';
import { loadTexts } from './i18n';

/**
 * Wraps `mount` so an element shows its locale's texts from its first visible frame without waiting for them: when
 * the element's `LuigiClient` (docs/platform.md §5.3, assigned by Luigi before it inserts the element) names a locale
 * whose dictionary is not loaded yet (German, a chunk of its own), the component is mounted at once, so its first
 * GraphQL request is not delayed, but the element stays `visibility: hidden` (nothing shown or announced) until the
 * dictionary is there and `render` has drawn it. English and loaded locales mount as before.
 *
 * @param render runs change detection of the application (`ApplicationRef.tick`) before the element is shown
 */
export function mountAfterTexts(mount: Mounter, render: () => void): Mounter {
  return (host, inputs) => {
    const client = inputs.get('LuigiClient') as LuigiClientLike | null | undefined;
    const pending = loadTexts(new LuigiHost(() => client).locale());
    if (!pending) return mount(host, inputs);

    host.style.visibility = 'hidden';
    const component = mount(host, inputs);
    void pending.then(() => {
      render();
      host.style.removeProperty('visibility');
    });
    return component;
  };
}
