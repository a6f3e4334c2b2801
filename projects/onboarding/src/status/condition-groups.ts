import type { OnboardingState } from '../flow/onboarding-state';
import type { Condition } from '../platform/resources';

/** Whose conditions a group lists: the APIBinding's or the tool's enablement resource's. */
export type ConditionSource = 'binding' | 'tool';

export interface ConditionGroup {
  readonly source: ConditionSource;
  readonly conditions: readonly Condition[];
  /** The group's error conditions by the display rule (docs/platform.md §2.3). */
  readonly errors: readonly Condition[];
}

/** The labelled condition groups of a state, and whether the Details section starts open. */
export interface ConditionDetails {
  readonly groups: readonly ConditionGroup[];
  /** Open by default only when a condition is an error (display rule), else closed. */
  readonly open: boolean;
}

/**
 * Conditions in separate groups, binding first, then tool; a group without conditions is left out (so a tool page
 * before configuration shows only the binding's). `sources` limits the groups, e.g. `['tool']` while installing.
 */
export function conditionDetails(
  state: Pick<OnboardingState, 'bindingStatus' | 'status'>,
  sources: readonly ConditionSource[] = ['binding', 'tool'],
): ConditionDetails {
  const groups: ConditionGroup[] = [];
  for (const source of sources) {
    const status = source === 'binding' ? state.bindingStatus : state.status;
    if (status && status.conditions.length > 0) groups.push({ source, conditions: status.conditions, errors: status.errors });
  }
  return { groups, open: groups.some((group) => group.errors.length > 0) };
}
