import { DomHarness, normalise } from '../testing/dom-harness';
import { ConfigureFormHarness } from './configure-form/configure-form.harness';

/** Reads a tool page (or any of its step components) the way a user sees it. Test-only. */
export class ToolPageHarness extends DomHarness {
  /** `data-step` of the status tag, null when the page shows no status. */
  step(): string | null {
    return this.find('status')?.getAttribute('data-step') ?? null;
  }

  /** `data-status` (display-rule kind) of the status tag. */
  statusKind(): string | null {
    return this.find('status')?.getAttribute('data-status') ?? null;
  }

  /** Claims as `group/resource: verbs`. */
  claims(): string[] {
    return this.findAll('claim')
      .map((row) => Array.from(row.querySelectorAll('td')).map((cell) => normalise(cell.textContent)))
      .map(([group, resource, verbs]) => `${group}/${resource}: ${verbs}`);
  }

  /** Conditions as shown, with `error` when highlighted. */
  conditions(): { type: string; text: string; error: boolean }[] {
    return this.findAll('condition').map((item) => ({
      type: item.getAttribute('data-type') ?? '',
      text: normalise(item.textContent),
      error: item.classList.contains('error'),
    }));
  }

  errorMessage(): string | null {
    return this.text('error-message');
  }

  contextError(): string | null {
    return this.text('context-error');
  }

  installedVersion(): string | null {
    return this.text('installed-version');
  }

  boundResources(): string[] {
    return this.findAll('bound-resource').map((item) => normalise(item.textContent));
  }

  /** Text of the polite live region. */
  announcement(): string {
    return normalise(this.root.querySelector('[aria-live="polite"]')?.textContent);
  }

  /** The configure/upgrade form, when shown. */
  form(): ConfigureFormHarness {
    return new ConfigureFormHarness(this.root, this.settle);
  }
}
