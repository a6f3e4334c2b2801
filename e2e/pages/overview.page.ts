import { Locator, Page } from '@playwright/test';

/** The all-tools overview element (`openmcp-tools-overview`). */
export class OverviewPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('openmcp-tools-overview');
  }

  /** A tool's card: `data-status` = DisplayStatusKind, `data-step` = OnboardingStep. */
  card(toolId: string): Locator {
    return this.root.getByTestId(`tool-card-${toolId}`);
  }

  cardVersion(toolId: string): Locator {
    return this.card(toolId).getByTestId('card-version');
  }

  /** Follows a card's link to the tool's page (through LuigiClient.linkManager). */
  async openTool(toolId: string): Promise<void> {
    await this.card(toolId).getByTestId('open-tool').click();
  }
}
