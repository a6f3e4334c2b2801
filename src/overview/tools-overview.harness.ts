import { DomHarness, normalise } from '../testing/dom-harness';

/** Reads the overview's cards the way a user sees them. Test-only. */
export class ToolsOverviewHarness extends DomHarness {
  /** Ids of the cards shown, in order. */
  cardIds(): string[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('[data-testid^="tool-card-"]')).map((card) =>
      (card.getAttribute('data-testid') ?? '').replace('tool-card-', ''),
    );
  }

  /** One card's `data-status`, tag text and version line. */
  card(id: string): { status: string | null; step: string; version: string; label: string } {
    const card = this.required(`tool-card-${id}`);
    return {
      status: card.getAttribute('data-status'),
      step: normalise(card.querySelector('ui5-tag')?.textContent),
      version: normalise(card.querySelector('[data-testid="card-version"]')?.textContent),
      label: normalise(card.querySelector('h3')?.textContent),
    };
  }

  /** Clicks the card's link to the tool page. */
  async open(id: string): Promise<void> {
    this.required(`tool-card-${id}`).querySelector<HTMLElement>('[data-testid="open-tool"]')?.click();
    await this.settle();
  }
}
