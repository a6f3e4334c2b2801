/**
 * Base of the test harnesses: reads what users see below a root (an element or an open shadow root) by
 * `data-testid`, and acts like a user (click, choose, toggle), then waits for the fixture to settle.
 * Test-only: imported by `*.spec.ts` and `*.harness.ts`, never by the bundle.
 */
export class DomHarness {
  constructor(
    protected readonly root: ParentNode,
    protected readonly settle: () => Promise<unknown>,
  ) {}

  /** First element with the test id, or null. */
  find<T extends HTMLElement = HTMLElement>(testId: string): T | null {
    return this.root.querySelector<T>(`[data-testid="${testId}"]`);
  }

  /** Every element with the test id. */
  findAll<T extends HTMLElement = HTMLElement>(testId: string): T[] {
    return Array.from(this.root.querySelectorAll<T>(`[data-testid="${testId}"]`));
  }

  /** Visible text of the element with the test id (whitespace collapsed), or null when absent. */
  text(testId: string): string | null {
    const element = this.find(testId);
    return element ? normalise(element.textContent) : null;
  }

  /** True when the element exists. */
  has(testId: string): boolean {
    return this.find(testId) !== null;
  }

  /** Whether a (UI5) control is disabled, as set through its `disabled` property. */
  isDisabled(testId: string): boolean {
    const element = this.required(testId) as HTMLElement & { disabled?: boolean };
    return element.disabled === true;
  }

  /** Clicks the element with the test id and waits. */
  async click(testId: string): Promise<void> {
    this.required(testId).click();
    await this.settle();
  }

  protected required(testId: string): HTMLElement {
    const element = this.find(testId);
    if (!element) throw new Error(`no element with data-testid="${testId}"`);
    return element;
  }
}

/** Collapses whitespace the way a reader perceives text. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Chooses `value` in a UI5 Select the way UI5 reports it: marks the matching `ui5-option` selected and dispatches
 * `change` with `detail.selectedOption`.
 */
export function chooseOption(select: HTMLElement, value: string): void {
  const options = Array.from(select.querySelectorAll<HTMLElement & { selected?: boolean }>('ui5-option'));
  const option = options.find((candidate) => candidate.getAttribute('value') === value);
  if (!option) throw new Error(`option ${value} not offered; offered: ${options.map((o) => o.getAttribute('value')).join(', ')}`);
  options.forEach((candidate) => (candidate.selected = candidate === option));
  select.dispatchEvent(new CustomEvent('change', { detail: { selectedOption: option } }));
}

/** Value of the selected `ui5-option` of a UI5 Select, or null. */
export function selectedOption(select: HTMLElement): string | null {
  const options = Array.from(select.querySelectorAll<HTMLElement & { selected?: boolean }>('ui5-option'));
  return options.find((option) => option.selected === true)?.getAttribute('value') ?? null;
}
