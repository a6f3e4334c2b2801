import { computed, resource, type Signal } from '@angular/core';
import type { ToolDefinition } from '@opencp/onboarding';
import type { LuigiHost } from '../portal/luigi-host';

/**
 * The "Open resources" action of a tool page (docs/onboarding-ui.md §9): leads to where the portal shows the tool's APIs, the
 * catalog's `resourcesPath` below the control-plane entity node (its ContentConfigurations add the generic resource
 * views there, docs/platform.md §1.3), or that node itself. Shown only while `wanted()` and when the portal knows
 * the target (`linkManager().pathExists`); checked again after each navigation refresh, which may bring the pages.
 * Create it in an injection context.
 */
export class ToolResources {
  private readonly check = resource({
    params: () => {
      const tool = this.tool();
      return tool && this.wanted() ? { path: tool.resourcesPath ?? '', refreshes: this.refreshes() } : undefined;
    },
    loader: ({ params }) => this.host.contextPathExists(params.path),
  });

  /** True when the action should be shown. */
  readonly available = computed(() => this.check.hasValue() && this.check.value());

  /**
   * @param host portal adapter (navigation, `pathExists`)
   * @param tool the page's tool, null while unknown
   * @param wanted whether the page wants to offer the action now (tool Ready, or just removed)
   * @param refreshes count of navigation refreshes (`NavigationRefresh.refreshes`)
   */
  constructor(
    private readonly host: LuigiHost,
    private readonly tool: Signal<ToolDefinition | null>,
    private readonly wanted: Signal<boolean>,
    private readonly refreshes: Signal<number>,
  ) {}

  /** Navigates to one of the tool's pages (a node's `pathSegment`) relative to the closest navigation context. */
  openPage(path: string): void {
    this.host.navigate(path);
  }

  /** Navigates to the tool's resources relative to the closest navigation context. */
  open(): void {
    const tool = this.tool();
    if (tool) this.host.navigate(tool.resourcesPath ?? '');
  }
}
