import { Locator, Page } from '@playwright/test';

/** One tool's onboarding element (`openmcp-<tool>-onboarding`), by the stable data-testids of docs/local-platform.md §8. */
export class ToolPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly tagName: string,
  ) {
    this.root = page.locator(tagName);
  }

  /** Status tag: `data-step` = OnboardingStep, `data-status` = DisplayStatusKind. */
  get status(): Locator {
    return this.root.getByTestId('status');
  }
  get activateButton(): Locator {
    return this.root.getByTestId('activate');
  }
  get claims(): Locator {
    return this.root.getByTestId('claim');
  }
  get configureForm(): Locator {
    return this.root.getByTestId('configure-form');
  }
  get versionSelect(): Locator {
    return this.root.getByTestId('version-select');
  }
  get providerRows(): Locator {
    return this.root.getByTestId('provider-row');
  }
  get yamlPreview(): Locator {
    return this.root.getByTestId('yaml-preview');
  }
  get installedVersion(): Locator {
    return this.root.getByTestId('installed-version');
  }
  get boundResources(): Locator {
    return this.root.getByTestId('bound-resource');
  }
  get conditions(): Locator {
    return this.root.getByTestId('condition');
  }
  get errorMessage(): Locator {
    return this.root.getByTestId('error-message');
  }
  get upgradeButton(): Locator {
    return this.root.getByTestId('upgrade');
  }
  get deactivateButton(): Locator {
    return this.root.getByTestId('deactivate');
  }

  async activate(): Promise<void> {
    await this.activateButton.click();
  }

  async acceptClaims(): Promise<void> {
    await this.root.getByTestId('accept-claims').click();
  }

  /** Picks a version in the (UI5) version select of the configure or upgrade form. */
  async chooseVersion(version: string): Promise<void> {
    await chooseOption(this.page, this.versionSelect, version);
  }

  /** Picks a provider's version in its row of the Crossplane form. */
  async chooseProviderVersion(provider: string, version: string): Promise<void> {
    const row = this.root.locator(`[data-testid="provider-row"][data-provider="${provider}"]`);
    await chooseOption(this.page, row.getByTestId('provider-version'), version);
  }

  /** Toggles a Flux component checkbox. */
  async toggleComponent(name: string): Promise<void> {
    await this.root.getByTestId(`component-${name}`).click();
  }

  async submitConfiguration(): Promise<void> {
    await this.root.getByTestId('configure-submit').click();
  }

  async startUpgrade(): Promise<void> {
    await this.upgradeButton.click();
  }

  async submitUpgrade(): Promise<void> {
    await this.root.getByTestId('upgrade-submit').click();
  }

  async retry(): Promise<void> {
    await this.root.getByTestId('retry').click();
  }

  async startDeactivation(): Promise<void> {
    await this.deactivateButton.click();
  }
}

/** Opens a `ui5-select` and clicks the option whose text starts with `value` (options may add "(newest)"). */
async function chooseOption(page: Page, select: Locator, value: string): Promise<void> {
  await select.click();
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^${escaped}(\\s|$)`) }).click();
}
