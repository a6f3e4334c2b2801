/*
 * Entry point `@opencp/onboarding/yaml-preview`, kept out of the `@opencp/onboarding` barrel on purpose: the `yaml`
 * package (about 17 kB gzipped) then lands only in the lazily loaded configure form's chunk, not in every page.
 */
import { stringify } from 'yaml';
import type { ToolDefinition } from '../catalog/tool-definition';
import type { ConfigureDraft } from '../flow/onboarding-state';
import { ENABLEMENT_NAME } from '../gateway/documents/tool-documents';
import { enablementObject } from './enablement-object';

export { specDiff, type SpecDiffLine } from './spec-diff';
// The form's server-side check: imported from here, so it stays in the form's chunk too.
export { CHECK_DEBOUNCE_MS, DebouncedCheck } from '../checks/debounced-check';

/** Read-only YAML preview of {@link enablementObject}, printed by the `yaml` package. */
export function yamlPreview(tool: ToolDefinition, draft: ConfigureDraft, name = ENABLEMENT_NAME): string {
  return stringify(enablementObject(tool, draft, name));
}
