import { Locator, Page } from '@playwright/test';
import { ACCOUNT } from '../e2e-env';

/** Options of a portal visit: the URL parameters of the local portal (docs/local-platform.md §7). */
export interface PortalVisit {
  user?: 'admin' | 'readonly';
  locale?: 'en' | 'de';
}

/** The local Luigi portal around the elements: navigation, Luigi's confirmation modal and alerts. */
export class PortalPage {
  constructor(readonly page: Page) {}

  /** Opens the portal at a Luigi route below the account, e.g. `openmcp/overview`. */
  async open(route = 'openmcp/overview', visit: PortalVisit = {}): Promise<void> {
    const search = new URLSearchParams(Object.entries(visit).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const query = search.size > 0 ? `?${search}` : '';
    await this.page.goto(`/${query}#/${ACCOUNT}/${route}`);
  }

  /** Left-navigation entry of a content node, by the node's `testId` (e.g. `openmcp-kro`). */
  navEntry(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Clicks a tool in the OpenControlPlane navigation, as a user would. */
  async openFromNavigation(toolId: string): Promise<void> {
    await this.navEntry(`openmcp-${toolId}`).click();
  }

  /** Luigi's confirmation modal (opened by the elements through `uxManager().showConfirmationModal`). */
  get confirmationModal(): Locator {
    return this.page.getByTestId('luigi-confirmation-modal');
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('luigi-modal-confirm').click();
  }

  /** The Luigi route currently shown (hash routing), e.g. `/team-a/openmcp/kro`. */
  route(): string {
    return new URL(this.page.url()).hash.replace(/^#/, '');
  }
}
