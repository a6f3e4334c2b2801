import type { ConfigureDraft } from '../flow/onboarding-state';
import type { ToolDefinition } from './tool-definition';

/** Why a draft field is not offered by the catalog (translated by the UI, named in the `invalid` write failure). */
export type DraftErrorCode =
  'required' | 'unknown-version' | 'unknown-provider' | 'provider-version-not-offered' | 'duplicate-provider' | 'unknown-component';

/** A field error of the configure form; the UI translates `code` and marks `field` (row `index` for lists). */
export interface DraftFieldError {
  readonly field: 'version' | 'providers' | 'components';
  readonly index?: number;
  readonly code: DraftErrorCode;
  /** The offending value, for the message. */
  readonly value?: string;
}

/**
 * Checks a draft against the catalog (docs/onboarding-ui.md §7): the version must be offered; providers must be offered, in an
 * offered version and not repeated; components must be offered. Fields of an extension the tool lacks are
 * ignored. Returns an empty list when the draft can be sent.
 */
export function validateDraft(tool: ToolDefinition, draft: ConfigureDraft): DraftFieldError[] {
  const errors: DraftFieldError[] = [];
  if (!draft.version) {
    errors.push({ field: 'version', code: 'required' });
  } else if (!tool.versions.some((entry) => entry.version === draft.version)) {
    errors.push({ field: 'version', code: 'unknown-version', value: draft.version });
  }
  const extension = tool.extension;
  if (extension?.type === 'providers') {
    const seen = new Set<string>();
    (draft.providers ?? []).forEach((choice, index) => {
      const offered = extension.providers.find((provider) => provider.name === choice.name);
      if (!choice.name) {
        errors.push({ field: 'providers', index, code: 'required' });
      } else if (!offered) {
        errors.push({ field: 'providers', index, code: 'unknown-provider', value: choice.name });
      } else if (!offered.versions.includes(choice.version)) {
        errors.push({ field: 'providers', index, code: 'provider-version-not-offered', value: choice.version });
      }
      if (choice.name && seen.has(choice.name)) {
        errors.push({ field: 'providers', index, code: 'duplicate-provider', value: choice.name });
      }
      seen.add(choice.name);
    });
  }
  if (extension?.type === 'components') {
    (draft.components ?? []).forEach((component, index) => {
      if (!extension.components.includes(component)) {
        errors.push({ field: 'components', index, code: 'unknown-component', value: component });
      }
    });
  }
  return errors;
}
