import type { ConfigureDraft } from '../flow/onboarding-state';
import type { EnablementResource } from '../platform/resources';
import { newestVersion } from './sort-versions';
import type { ToolDefinition } from './tool-definition';

/**
 * A new configuration: the newest version (semver) and the extension's defaults (Crossplane providers,
 * Flux components). Fields a tool has no extension for are left out.
 */
export function defaultDraft(tool: ToolDefinition): ConfigureDraft {
  const version = newestVersion(tool).version;
  switch (tool.extension?.type) {
    case 'providers':
      return { version, providers: tool.extension.defaults.map((provider) => ({ ...provider })) };
    case 'components':
      return { version, components: [...tool.extension.defaults] };
    default:
      return { version };
  }
}

/**
 * The configuration currently in force, for the upgrade form: the resource's spec, falling back to the defaults for
 * fields it lacks. An empty Flux component list stays empty (it means the operator's defaults, docs/platform.md §2.2).
 */
export function draftFromResource(tool: ToolDefinition, resource: EnablementResource | null): ConfigureDraft {
  const fallback = defaultDraft(tool);
  const spec = resource?.spec;
  if (!spec?.version) {
    return fallback;
  }
  switch (tool.extension?.type) {
    case 'providers':
      return { version: spec.version, providers: (spec.providers ?? []).map(({ name, version }) => ({ name, version })) };
    case 'components':
      return { version: spec.version, components: [...(spec.components ?? [])] };
    default:
      return { version: spec.version };
  }
}
