import { chooseOption, DomHarness, normalise, selectedOption } from '../../testing/dom-harness';

/** Reads and drives the configure/upgrade form the way a user does. Test-only. */
export class ConfigureFormHarness extends DomHarness {
  /** Versions offered, in display order. */
  versions(): string[] {
    return Array.from(this.required('version-select').querySelectorAll('ui5-option')).map((option) => option.getAttribute('value') ?? '');
  }

  selectedVersion(): string | null {
    return selectedOption(this.required('version-select'));
  }

  async chooseVersion(version: string): Promise<void> {
    chooseOption(this.required('version-select'), version);
    await this.settle();
  }

  /** Provider rows as `name@version`. */
  providers(): string[] {
    return this.findAll('provider-row').map((row) => {
      const [name, version] = Array.from(row.querySelectorAll<HTMLElement>('ui5-select')).map(selectedOption);
      return `${name}@${version}`;
    });
  }

  async addProvider(): Promise<void> {
    await this.click('add-provider');
  }

  async removeProvider(index: number): Promise<void> {
    this.findAll('provider-row')[index].querySelector<HTMLElement>('[data-testid="remove-provider"]')?.click();
    await this.settle();
  }

  async chooseProviderVersion(index: number, version: string): Promise<void> {
    const row = this.findAll('provider-row')[index];
    chooseOption(row.querySelector<HTMLElement>('[data-testid="provider-version"]')!, version);
    await this.settle();
  }

  /** Whether the Flux component checkbox is checked. */
  componentChecked(name: string): boolean {
    return (this.required(`component-${name}`) as HTMLElement & { checked?: boolean }).checked === true;
  }

  async toggleComponent(name: string): Promise<void> {
    const box = this.required(`component-${name}`) as HTMLElement & { checked?: boolean };
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** Ticks the Change version form's downgrade confirmation. */
  async confirmDowngrade(): Promise<void> {
    const box = this.required('downgrade-confirm') as HTMLElement & { checked?: boolean };
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** The YAML preview as shown. */
  yaml(): string {
    return this.required('yaml-preview').textContent ?? '';
  }

  /** Validation messages listed above the preview. */
  errors(): string[] {
    return Array.from(this.find('form-errors')?.querySelectorAll('li') ?? []).map((item) => normalise(item.textContent));
  }

  /** Test id of the submit button shown (`configure-submit` or `upgrade-submit`). */
  submitId(): string {
    return this.has('upgrade-submit') ? 'upgrade-submit' : 'configure-submit';
  }

  canSubmit(): boolean {
    return !this.isDisabled(this.submitId());
  }

  async submit(): Promise<void> {
    await this.click(this.submitId());
  }
}
