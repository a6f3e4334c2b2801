import { diffLines } from 'diff';
import { stringify } from 'yaml';
import type { EnablementSpec } from '../platform/resources';

/** One line of the "What will change" preview; `kind` is said in words by the UI, not by colour alone. */
export interface SpecDiffLine {
  readonly kind: 'added' | 'removed' | 'unchanged';
  readonly text: string;
}

/**
 * Line diff of the spec in force against the spec a change would send, both printed as YAML by the `yaml` package
 * and compared with jsdiff's `diffLines`. Part of the `@opencp/onboarding/yaml-preview` entry, so `diff` and `yaml`
 * load only with the configure form's chunk.
 */
export function specDiff(current: Partial<EnablementSpec>, next: Partial<EnablementSpec>): SpecDiffLine[] {
  return diffLines(stringify(current), stringify(next)).flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'unchanged';
    return change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }) as const);
  });
}
