import { Directive, signal } from '@angular/core';
import { loadMessageStripUi5, messageStripUi5Loaded } from './ui5-on-demand';

/**
 * On every `<ui5-message-strip>` in the templates of the components that import it. No page's usual first state shows
 * a strip, so UI5's MessageStrip is a chunk of its own (`ui5-message-strip.ts`) that the first strip rendered loads.
 * Until it is defined the strip is not displayed, so its text never shows unstyled; UI5 upgrades the element when the
 * module arrives and keeps its attributes and content. After a failed load (logged) the text shows unstyled rather
 * than a message being hidden.
 */
@Directive({
  // The UI5 element itself: no template has to remember an extra attribute.
  // eslint-disable-next-line @angular-eslint/directive-selector
  selector: 'ui5-message-strip',
  host: { '[style.display]': 'loaded() ? null : "none"' },
})
export class MessageStripOnDemand {
  protected readonly loaded = signal(messageStripUi5Loaded());

  constructor() {
    if (!this.loaded()) void loadMessageStripUi5().then(() => this.loaded.set(true));
  }
}
