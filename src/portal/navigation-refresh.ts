import { Injectable, signal } from '@angular/core';
import type { LuigiHost } from './luigi-host';

/**
 * Brings new portal navigation in after a tool became Ready or was removed (docs/platform.md §5.6): never an
 * automatic full page reload; instead a visible "New pages are available: Refresh" action, offered once per real
 * transition. Kept behind this one injectable so a host-provided refresh can replace it
 * (`{ provide: NavigationRefresh, useClass: … }`).
 */
@Injectable()
export class NavigationRefresh {
  private readonly offeredState = signal(false);
  private readonly refreshCount = signal(0);

  /** True while the Refresh action should be shown. */
  readonly offered = this.offeredState.asReadonly();

  /** How many refreshes succeeded: pages that depend on the navigation (the resources link) check again. */
  readonly refreshes = this.refreshCount.asReadonly();

  /** Offers the action; called when the user's configuration became Ready or a deactivation finished. */
  offer(): void {
    this.offeredState.set(true);
  }

  /** Hides the action without refreshing (the user started another action). */
  withdraw(): void {
    this.offeredState.set(false);
  }

  /**
   * Runs the refresh through the host and hides the action.
   * @returns false when the host could not refresh (the action stays visible)
   */
  async refresh(host: LuigiHost): Promise<boolean> {
    const done = await host.reloadNavigation();
    if (done) {
      this.offeredState.set(false);
      this.refreshCount.update((count) => count + 1);
    }
    return done;
  }
}
