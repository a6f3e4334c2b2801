import { ContentConfigurationFields, ToolContentConfigurations, WatchToolContentConfigurations } from './documents.generated';
import { joinDocuments } from './instantiate-template';

/** Variables `{ selector }`: the tool's ContentConfigurations, aliased `pages` (also a block of ToolState). */
export const ToolContentConfigurationsQuery = joinDocuments(ToolContentConfigurations, ContentConfigurationFields);
/** Variables `{ selector, resourceVersion? }`: their watch, aliased `event`. */
export const ToolContentConfigurationsSubscription = joinDocuments(WatchToolContentConfigurations, ContentConfigurationFields);
/** Alias of the ContentConfiguration block in ToolContentConfigurations and ToolState. */
export const PAGES_BLOCK = 'pages';

/** Label selector of a tool's ContentConfigurations: `ui.platform-mesh.io/content-for=<export name>` (docs/platform.md §5.6). */
export function contentForSelector(exportName: string): string {
  return `ui.platform-mesh.io/content-for=${exportName}`;
}
