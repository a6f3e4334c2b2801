import { stringify } from 'yaml';
import { ContentDocument, withBundleUrl } from './content-document';

/** Default bundle URL of the applied ContentConfiguration: the path the portal serves the openmcp elements from. */
export const DEFAULT_DEPLOYED_BUNDLE_URL = '/ui/openmcp/wc/main.js';

/** Labels that attach the configuration to every account binding `opencp.cloud` (docs/platform.md §6.1). */
export const CONTENT_CONFIGURATION_LABELS = {
  'ui.platform-mesh.io/entity': 'core_platform-mesh_io_account',
  'ui.platform-mesh.io/content-for': 'opencp.cloud',
} as const;

/**
 * Builds the ready-to-apply `ContentConfiguration` (`ui.platform-mesh.io/v1alpha1`, docs/platform.md §6.1) as YAML,
 * with `document` embedded as inline JSON content and every node `url` set to `bundleUrl`.
 * The object keeps the showcase's name, so applying it replaces the showcase onboarding navigation.
 */
export function contentConfigurationManifest(document: ContentDocument, bundleUrl: string = DEFAULT_DEPLOYED_BUNDLE_URL): string {
  const content = JSON.stringify(withBundleUrl(document, bundleUrl), null, 2);
  const manifest = {
    apiVersion: 'ui.platform-mesh.io/v1alpha1',
    kind: 'ContentConfiguration',
    metadata: { name: document.name, labels: { ...CONTENT_CONFIGURATION_LABELS } },
    spec: { inlineConfiguration: { contentType: 'json', content } },
  };
  const header =
    '# Generated from assets/content-configuration.json by projects/portal/scripts/write-content-configuration.ts.\n' +
    `# Bundle URL: ${bundleUrl}. Do not edit by hand; regenerate with --bundle-url <url>.\n`;
  return header + stringify(manifest, { blockQuote: 'literal', lineWidth: 0 });
}
