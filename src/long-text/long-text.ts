import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import type { Texts } from '../i18n/texts';

/**
 * Longer than this (characters), a text is shown clamped to `lines` lines with a toggle to read all of it. About
 * three lines of a panel at its 60rem maximum width; shorter texts are shown as they are, without a toggle.
 */
export const LONG_TEXT_CHARACTERS = 240;

/**
 * A server or catalog text of any length (condition messages, gateway error texts, descriptions): wraps anywhere,
 * so a 10,000-character word never widens the page, and beyond {@link LONG_TEXT_CHARACTERS} characters is clamped
 * to `lines` lines with "Show full text" / "Show less" (`aria-expanded`). The whole text stays in the DOM, so it is
 * read out and found by the browser's search either way.
 */
@Component({
  selector: 'openmcp-long-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  styles: `
    :host {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .clamped {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--long-text-lines);
      line-clamp: var(--long-text-lines);
      overflow: hidden;
    }
    ui5-button {
      margin-top: 0.125rem;
    }
  `,
  template: `
    <span class="text" data-testid="long-text" [class.clamped]="clamped()" [style.--long-text-lines]="lines()">{{ text() }}</span>
    @if (long()) {
      <ui5-button data-testid="long-text-toggle" design="Transparent" [attr.aria-expanded]="expanded()" (click)="expanded.set(!expanded())">
        {{ expanded() ? texts().longText.less : texts().longText.more }}
      </ui5-button>
    }
  `,
})
export class LongText {
  /** The text, shown as plain text (never as HTML). */
  readonly text = input.required<string>();
  /** Dictionary of the current locale (labels of the toggle). */
  readonly texts = input.required<Texts>();
  /** Lines shown while clamped. */
  readonly lines = input(3);

  protected readonly expanded = signal(false);
  protected readonly long = computed(() => this.text().length > LONG_TEXT_CHARACTERS);
  protected readonly clamped = computed(() => this.long() && !this.expanded());
}
